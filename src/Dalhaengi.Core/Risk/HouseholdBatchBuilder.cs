using Ardalis.GuardClauses;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using NodaTime;

namespace Dalhaengi.Core.Risk;

/// <summary>
/// Fills a <see cref="HouseholdBatch"/> household by household, from <see cref="Household"/> objects or directly from
/// ids, facts and signals (for example from a database cursor) without building aggregates.
/// </summary>
/// <remarks>
/// Not thread-safe. Signals are attached to the household added last; signals observed after the as-of date are
/// skipped, so a batch only ever sees what was known on that date.
/// </remarks>
public sealed class HouseholdBatchBuilder
{
    private readonly IndicatorCatalog _catalog;
    private readonly LocalDate _asOf;
    private readonly int _asOfDay;
    private readonly int _words;
    private readonly List<HouseholdId> _ids;
    private readonly List<int> _districtIndex;
    private readonly List<uint> _predicates;
    private readonly Dictionary<DistrictCode, int> _districtOrdinals = [];
    private readonly List<DistrictCode> _districts = [];
    private readonly List<ulong> _presence;
    private readonly List<int> _pairOffset;
    private readonly List<int> _runStart = [];
    private readonly List<ushort> _ordinals = [];
    private readonly List<double> _values = [];
    private readonly List<int> _ages = [];
    private readonly List<byte> _sources = [];
    private readonly List<(ushort Ordinal, int Age, double Value, byte Source)> _pending = [];
    private bool _built;

    /// <summary>The most households (and presence words) a capacity hint preallocates.</summary>
    private const int MaxPreallocated = 1 << 20;

    /// <summary>Starts an empty batch.</summary>
    /// <param name="asOf">The date the batch screens as of.</param>
    /// <param name="catalog">The indicator catalog; <see cref="IndicatorCatalog.National"/> when <see langword="null"/>.</param>
    /// <param name="capacity">The expected number of households, to size the arrays once; a hint, clamped to 0–1,048,576.</param>
    /// <exception cref="ArgumentException">The catalog has more than 65,536 indicators.</exception>
    public HouseholdBatchBuilder(LocalDate asOf, IndicatorCatalog? catalog = null, int capacity = 0)
    {
        _catalog = catalog ?? IndicatorCatalog.National;
        Guard.Against.OutOfRange(_catalog.Count, nameof(catalog), 0, ushort.MaxValue + 1);
        _asOf = asOf;
        _asOfDay = HouseholdFacts.DayNumber(asOf);
        _words = _catalog.WordCount;
        // A hint, not a promise: clamped so that int.MaxValue preallocates a sane amount instead of failing with
        // OutOfMemoryException; the lists grow past it as households are added.
        capacity = Math.Clamp(capacity, 0, MaxPreallocated);
        _ids = new(capacity);
        _districtIndex = new(capacity);
        _predicates = new(capacity);
        _presence = new((int)Math.Min((long)capacity * _words, MaxPreallocated));
        _pairOffset = new(capacity + 1);
    }

    /// <summary>The number of households added so far.</summary>
    public int Count => _ids.Count;

    /// <summary>Adds a household with its derived facts as of the batch date and its signals.</summary>
    /// <param name="household">The household.</param>
    /// <exception cref="ArgumentNullException"><paramref name="household"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A signal's indicator is not in the catalog, or its value is not possible for the indicator.</exception>
    public void Add(Household household)
    {
        Guard.Against.Null(household);
        Begin(household.Id, household.District, household.PredicateBits(_asOf.Year));
        foreach (var s in household.Signals)
        {
            AddSignal(s.Indicator, s.Value, s.ObservedOn, s.Source);
        }
    }

    /// <summary>Adds a household from its id, district and the derived facts that hold for it.</summary>
    /// <param name="id">The household's id.</param>
    /// <param name="district">Its district.</param>
    /// <param name="predicates">The derived facts that hold as of the batch date.</param>
    /// <exception cref="ArgumentException">An id is the default value or a predicate is not defined.</exception>
    public void Add(HouseholdId id, DistrictCode district, ReadOnlySpan<HouseholdPredicate> predicates)
    {
        uint bits = 0;
        foreach (var p in predicates)
        {
            bits |= 1u << (int)Guard.Against.EnumOutOfRange(p);
        }

        Begin(Guard.Against.Default(id), Guard.Against.Default(district), bits);
    }

    /// <summary>Adds a signal to the household added last.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="value">The value in the indicator's unit; 1 for a flag.</param>
    /// <param name="observedOn">The day it was observed; a signal after the batch date is skipped.</param>
    /// <param name="source">Where it came from.</param>
    /// <exception cref="InvalidOperationException">No household has been added yet, or the batch was built.</exception>
    /// <exception cref="ArgumentException">
    /// The indicator is not in the catalog, the value is not finite or not a possible value of the indicator (outside
    /// its range, a flag other than 0 or 1, a negative count), or the source is not defined.
    /// </exception>
    public void AddSignal(IndicatorCode indicator, double value, LocalDate observedOn, SignalSource source)
    {
        if (_ids.Count == 0 || _built)
        {
            throw new InvalidOperationException("Add a household before its signals, and do not add after Build.");
        }

        var ordinal = _catalog.OrdinalOf(indicator);
        if (ordinal < 0)
        {
            throw new ArgumentException($"Indicator '{indicator}' is not in the catalog ({_catalog}).", nameof(indicator));
        }

        if (!double.IsFinite(value))
        {
            throw new ArgumentException("The value must be a finite number.", nameof(value));
        }

        // Validated against the catalog the way rules are, so an impossible value (phq9.total = 99) is never scored.
        if (_catalog.Indicators[ordinal].ValueProblem(value) is { } problem)
        {
            throw new ArgumentException(problem, nameof(value));
        }

        Guard.Against.EnumOutOfRange(source);
        var age = _asOfDay - HouseholdFacts.DayNumber(observedOn);
        if (age >= 0)
        {
            _pending.Add(((ushort)ordinal, age, value, (byte)source));
        }
    }

    /// <summary>Finishes the batch; the builder cannot be used afterwards.</summary>
    /// <returns>The batch.</returns>
    /// <exception cref="InvalidOperationException">The batch was already built.</exception>
    public HouseholdBatch Build()
    {
        if (_built)
        {
            throw new InvalidOperationException("The batch was already built.");
        }

        Flush();
        _built = true;
        _pairOffset.Add(_runStart.Count);
        _runStart.Add(_values.Count);
        return new HouseholdBatch(
            _catalog, _asOf, [.. _ids], [.. _districtIndex], [.. _districts], [.. _predicates], [.. _presence],
            [.. _pairOffset], [.. _runStart], [.. _ordinals], [.. _values], [.. _ages], [.. _sources]);
    }

    private void Begin(HouseholdId id, DistrictCode district, uint predicates)
    {
        if (_built)
        {
            throw new InvalidOperationException("The batch was already built.");
        }

        Flush();
        if (!_districtOrdinals.TryGetValue(district, out var d))
        {
            d = _districts.Count;
            _districtOrdinals.Add(district, d);
            _districts.Add(district);
        }

        _ids.Add(id);
        _districtIndex.Add(d);
        _predicates.Add(predicates);
    }

    // Writes the pending household's signals grouped by indicator ordinal (then by age, value, source, so the
    // layout does not depend on the order signals were added) and its presence words and run starts.
    private void Flush()
    {
        if (_ids.Count == _pairOffset.Count)
        {
            return;
        }

        _pairOffset.Add(_runStart.Count);
        var start = _presence.Count;
        for (var w = 0; w < _words; w++)
        {
            _presence.Add(0);
        }

        _pending.Sort();
        var previous = -1;
        foreach (var (ordinal, age, value, source) in _pending)
        {
            if (ordinal != previous)
            {
                _runStart.Add(_values.Count);
                _presence[start + (ordinal >> 6)] |= 1UL << (ordinal & 63);
                previous = ordinal;
            }

            _ordinals.Add(ordinal);
            _values.Add(value);
            _ages.Add(age);
            _sources.Add(source);
        }

        _pending.Clear();
    }
}
