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
/// <para>
/// Filling from rows (a CSV file, a database cursor) needs no <see cref="Household"/> objects: add each household
/// with <see cref="Add(HouseholdId, DistrictCode, ReadOnlySpan{HouseholdPredicate})"/> and its signals with
/// <see cref="AddSignal(ReadOnlySpan{char}, double, LocalDate, SignalSource)"/>, which looks the indicator code up
/// without making a string. The builder allocates nothing per household once its storage has grown to the
/// population, and <see cref="Clear"/> keeps that storage for the next batch (for example the next week's): only
/// <see cref="Build"/> allocates, one array per column of the batch.
/// </para>
/// </remarks>
public sealed partial class HouseholdBatchBuilder
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
    // The defined sources by value, so the handle path checks a source with one lookup.
    private static readonly bool[] DefinedSources = Sources();

    // Per ordinal, the values a signal may take, precomputed so the handle path checks a value with two comparisons.
    private readonly double[] _lowest;
    private readonly double[] _highest;
    private readonly bool[] _whole;
    private Pending[] _pending = new Pending[8];
    private int _pendingCount;
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
        _lowest = new double[_catalog.Count];
        _highest = new double[_catalog.Count];
        _whole = new bool[_catalog.Count];
        for (var o = 0; o < _catalog.Count; o++)
        {
            var d = _catalog.Indicators[o];
            var nonNegative = d.Kind is IndicatorKind.Count or IndicatorKind.Months or IndicatorKind.Amount or IndicatorKind.Flag;
            _lowest[o] = Math.Max(d.Minimum ?? double.MinValue, nonNegative ? 0 : double.MinValue);
            _highest[o] = Math.Min(d.Maximum ?? double.MaxValue, d.Kind == IndicatorKind.Flag ? 1 : double.MaxValue);
            _whole[o] = d.Kind is IndicatorKind.Count or IndicatorKind.Flag;
        }
    }

    /// <summary>The share of households that must carry an indicator for the batch to hold it as a column (the tests lower it to force columns).</summary>
    internal double ColumnShare { get; set; } = BatchColumns.DefaultShare;

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
        // An index loop: enumerating the interface would allocate an enumerator per household.
        var signals = household.Signals;
        for (var i = 0; i < signals.Count; i++)
        {
            var s = signals[i];
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
            bits |= 1u << (int)Defined(p, nameof(predicates));
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
        CheckOpen();
        var ordinal = _catalog.OrdinalOf(indicator);
        if (ordinal < 0)
        {
            throw new ArgumentException($"Indicator '{indicator}' is not in the catalog ({_catalog}).", nameof(indicator));
        }

        Pend(ordinal, value, observedOn, source);
    }

    /// <summary>Adds a signal to the household added last, naming its indicator by the code's text (for example a CSV field).</summary>
    /// <param name="indicator">The indicator code's text, for example <c>utility.gas.cutoff</c>; compared ordinally.</param>
    /// <param name="value">The value in the indicator's unit; 1 for a flag.</param>
    /// <param name="observedOn">The day it was observed; a signal after the batch date is skipped.</param>
    /// <param name="source">Where it came from.</param>
    /// <exception cref="InvalidOperationException">No household has been added yet, or the batch was built.</exception>
    /// <exception cref="ArgumentException">
    /// The indicator is not in the catalog, the value is not finite or not a possible value of the indicator, or the
    /// source is not defined.
    /// </exception>
    public void AddSignal(ReadOnlySpan<char> indicator, double value, LocalDate observedOn, SignalSource source)
    {
        CheckOpen();
        var ordinal = _catalog.OrdinalOf(indicator);
        if (ordinal < 0)
        {
            throw new ArgumentException($"Indicator '{indicator}' is not in the catalog ({_catalog}).", nameof(indicator));
        }

        Pend(ordinal, value, observedOn, source);
    }

    /// <summary>Adds a signal to the household added last, its indicator resolved once beforehand (the fastest way to fill a batch from rows).</summary>
    /// <param name="indicator">The indicator, resolved against this builder's catalog with <see cref="IndicatorHandle.Of"/>.</param>
    /// <param name="value">The value in the indicator's unit; 1 for a flag.</param>
    /// <param name="observedOn">The day it was observed; a signal after the batch date is skipped.</param>
    /// <param name="source">Where it came from.</param>
    /// <exception cref="InvalidOperationException">No household has been added yet, or the batch was built.</exception>
    /// <exception cref="ArgumentException">
    /// The handle is default or of another catalog, the value is not finite or not a possible value of the indicator,
    /// or the source is not defined.
    /// </exception>
    public void AddSignal(IndicatorHandle indicator, double value, LocalDate observedOn, SignalSource source)
    {
        CheckOpen();
        PendChecked(OrdinalOf(indicator, nameof(indicator)), value, HouseholdFacts.DayNumber(observedOn), source);
    }

    /// <summary>Adds one row of a wide table to the household added last: one signal per indicator column, all from one source.</summary>
    /// <param name="indicators">The table's indicator columns, resolved once with <see cref="IndicatorHandle.Of"/>.</param>
    /// <param name="values">The row's value per column; <see cref="double.NaN"/> for an empty cell (no signal of that indicator).</param>
    /// <param name="observedOn">The day each value was observed, per column; a signal after the batch date is skipped.</param>
    /// <param name="source">Where the row came from.</param>
    /// <exception cref="InvalidOperationException">No household has been added yet, or the batch was built.</exception>
    /// <exception cref="ArgumentException">
    /// The three spans differ in length, a handle is default or of another catalog, a value (other than an empty
    /// cell) is infinite or not a possible value of its indicator, or the source is not defined.
    /// </exception>
    public void AddSignals(ReadOnlySpan<IndicatorHandle> indicators, ReadOnlySpan<double> values, ReadOnlySpan<LocalDate> observedOn, SignalSource source)
    {
        CheckOpen();
        if (values.Length != indicators.Length || observedOn.Length != indicators.Length)
        {
            throw new ArgumentException($"The row has {indicators.Length} indicator columns, {values.Length} values and {observedOn.Length} dates; they must be as many.", nameof(values));
        }

        for (var i = 0; i < indicators.Length; i++)
        {
            if (!double.IsNaN(values[i]))
            {
                PendChecked(OrdinalOf(indicators[i], nameof(indicators)), values[i], HouseholdFacts.DayNumber(observedOn[i]), source);
            }
        }
    }

    /// <summary>Empties the builder for a new batch as of the same date and catalog, keeping the storage it has grown.</summary>
    /// <remarks>Also reopens a builder after <see cref="Build"/>; batches built before are not affected.</remarks>
    public void Clear()
    {
        _ids.Clear();
        _districtIndex.Clear();
        _predicates.Clear();
        _districtOrdinals.Clear();
        _districts.Clear();
        _presence.Clear();
        _pairOffset.Clear();
        _runStart.Clear();
        _ordinals.Clear();
        _values.Clear();
        _ages.Clear();
        _sources.Clear();
        _pendingCount = 0;
        _built = false;
        ClearColumns();
    }

    /// <summary>Finishes the batch; the builder takes no more households until <see cref="Clear"/>.</summary>
    /// <returns>The batch, with its own copy of the columns.</returns>
    /// <exception cref="InvalidOperationException">The batch was already built and the builder not cleared since.</exception>
    public HouseholdBatch Build()
    {
        if (_built)
        {
            throw new InvalidOperationException("The batch was already built.");
        }

        if (_byColumns)
        {
            _built = true;
            return BuildColumns();
        }

        Flush();
        _built = true;
        _pairOffset.Add(_runStart.Count);
        _runStart.Add(_values.Count);
        uint[] predicates = [.. _predicates];
        ulong[] presence = [.. _presence];
        int[] pairOffset = [.. _pairOffset];
        int[] runStart = [.. _runStart];
        ushort[] ordinals = [.. _ordinals];
        double[] values = [.. _values];
        int[] ages = [.. _ages];
        var columns = BatchColumns.Build(_ids.Count, _words, predicates, presence, pairOffset, runStart, values, ages, ColumnShare, CellOptions);
        return new HouseholdBatch(
            _catalog, _asOf, [.. _ids], [.. _districtIndex], [.. _districts], predicates, presence,
            pairOffset, runStart, ordinals, values, ages, [.. _sources], columns);
    }

    // The generic Enum.IsDefined does not box, unlike the guard clause, so a row costs no allocation.
    private static T Defined<T>(T value, string parameterName)
        where T : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new System.ComponentModel.InvalidEnumArgumentException(parameterName, Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture), typeof(T));

    private void CheckOpen()
    {
        if (_ids.Count == 0 || _built || _byColumns)
        {
            throw new InvalidOperationException("Add a household before its signals, and do not add after Build (call Clear to start a new batch).");
        }
    }

    private static bool[] Sources()
    {
        var values = Enum.GetValues<SignalSource>();
        var defined = new bool[values.Max(v => (int)v) + 1];
        foreach (var v in values)
        {
            defined[(int)v] = true;
        }

        return defined;
    }

    private int OrdinalOf(IndicatorHandle indicator, string parameterName)
    {
        var catalog = indicator.Catalog;
        if (catalog is null || (!ReferenceEquals(catalog, _catalog) && !catalog.Equals(_catalog)))
        {
            throw new ArgumentException(catalog is null
                ? "The indicator handle is default; resolve it with IndicatorHandle.Of."
                : $"The indicator handle '{indicator}' belongs to another catalog than the builder's ({_catalog}).", parameterName);
        }

        return indicator.Ordinal;
    }

    // The handle path: the common case (a possible value, a defined source) costs a few comparisons; anything else
    // takes the full check for its message.
    private void PendChecked(int ordinal, double value, int day, SignalSource source)
    {
        if (!(value >= _lowest[ordinal] && value <= _highest[ordinal] && (!_whole[ordinal] || value == Math.Floor(value))) || (uint)source >= (uint)DefinedSources.Length || !DefinedSources[(int)source])
        {
            Pend(ordinal, value, _asOf.PlusDays(day - _asOfDay), source);
            return;
        }

        var age = _asOfDay - day;
        if (age >= 0)
        {
            if (_pendingCount == _pending.Length)
            {
                Array.Resize(ref _pending, _pending.Length * 2);
            }

            _pending[_pendingCount++] = new Pending((ushort)ordinal, age, value, (byte)source);
        }
    }

    private void Pend(int ordinal, double value, LocalDate observedOn, SignalSource source)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException("The value must be a finite number.", nameof(value));
        }

        // Validated against the catalog the way rules are, so an impossible value (phq9.total = 99) is never scored.
        if (_catalog.Indicators[ordinal].ValueProblem(value) is { } problem)
        {
            throw new ArgumentException(problem, nameof(value));
        }

        Defined(source, nameof(source));
        var age = _asOfDay - HouseholdFacts.DayNumber(observedOn);
        if (age >= 0)
        {
            if (_pendingCount == _pending.Length)
            {
                Array.Resize(ref _pending, _pending.Length * 2);
            }

            _pending[_pendingCount++] = new Pending((ushort)ordinal, age, value, (byte)source);
        }
    }

    private void Begin(HouseholdId id, DistrictCode district, uint predicates)
    {
        if (_built)
        {
            throw new InvalidOperationException("The batch was already built.");
        }

        if (_byColumns)
        {
            throw new InvalidOperationException("This builder is being filled by columns (AddHouseholds, SetColumn); add rows to another builder or call Clear first.");
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

        // Insertion sort: signals mostly arrive in catalog order or nearly, where it is linear, and a household
        // has few of them; it allocates nothing, unlike sorting tuples with the default comparer.
        var pending = _pending.AsSpan(0, _pendingCount);
        for (var i = 1; i < pending.Length; i++)
        {
            var item = pending[i];
            var j = i - 1;
            while (j >= 0 && item.CompareTo(pending[j]) < 0)
            {
                pending[j + 1] = pending[j];
                j--;
            }

            pending[j + 1] = item;
        }

        var previous = -1;
        foreach (var p in pending)
        {
            if (p.Ordinal != previous)
            {
                _runStart.Add(_values.Count);
                _presence[start + (p.Ordinal >> 6)] |= 1UL << (p.Ordinal & 63);
                previous = p.Ordinal;
            }

            _ordinals.Add(p.Ordinal);
            _values.Add(p.Value);
            _ages.Add(p.Age);
            _sources.Add(p.Source);
        }

        _pendingCount = 0;
    }

    private readonly record struct Pending(ushort Ordinal, int Age, double Value, byte Source)
    {
        // Ordinal, then age, value and source: the layout must not depend on the order signals were added.
        public int CompareTo(in Pending other)
        {
            var c = Ordinal.CompareTo(other.Ordinal);
            if (c == 0)
            {
                c = Age.CompareTo(other.Age);
            }

            if (c == 0)
            {
                c = Value.CompareTo(other.Value);
            }

            return c != 0 ? c : Source.CompareTo(other.Source);
        }
    }
}
