using Ardalis.GuardClauses;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using NodaTime;

namespace Dalhaengi.Core.Risk;

/// <summary>
/// A population of households laid out column by column for fast screening as of one date: per household a bit
/// set of the indicators present and a bit set of derived facts, and the signal values and ages in flat arrays
/// indexed by the catalog's indicator ordinals.
/// </summary>
/// <remarks>
/// Build one with <see cref="Create"/> from <see cref="Household"/> objects or fill a <see cref="HouseholdBatchBuilder"/>
/// directly. Signals observed after <see cref="AsOf"/> are left out. Immutable and safe to share between threads;
/// any evaluator compiled against the same <see cref="Catalog"/> can screen it, which lets two rule sets be
/// compared on one population.
/// </remarks>
public sealed class HouseholdBatch
{
    private readonly ColumnCells? _cells;
    private BatchSignals? _signals;

    internal HouseholdBatch(
        IndicatorCatalog catalog,
        LocalDate asOf,
        HouseholdId[] ids,
        int[] districtIndex,
        DistrictCode[] districts,
        uint[] predicates,
        ulong[] presence,
        int[] pairOffset,
        int[] runStart,
        ushort[] ordinals,
        double[] values,
        int[] ages,
        byte[] sources,
        BatchColumns? columns = null)
        : this(catalog, asOf, ids, districtIndex, districts, predicates, new BatchSignals(presence, pairOffset, runStart, ordinals, values, ages, sources), null, columns)
    {
    }

    /// <summary>A batch whose signals are in <paramref name="signals"/>, or only in <paramref name="cells"/> (built into the per-household layout when first read).</summary>
    internal HouseholdBatch(
        IndicatorCatalog catalog,
        LocalDate asOf,
        HouseholdId[] ids,
        int[] districtIndex,
        DistrictCode[] districts,
        uint[] predicates,
        BatchSignals? signals,
        ColumnCells? cells,
        BatchColumns? columns)
    {
        Columns = columns;
        Catalog = catalog;
        AsOf = asOf;
        Ids = ids;
        DistrictIndex = districtIndex;
        DistrictList = districts;
        Predicates = predicates;
        _signals = signals;
        _cells = cells;
        Words = catalog.WordCount;
    }

    /// <summary>The indicators the batch is laid out by.</summary>
    public IndicatorCatalog Catalog { get; }

    /// <summary>The date the batch screens as of.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The number of households.</summary>
    public int Count => Ids.Length;

    /// <summary>The number of signals kept (observed on or before <see cref="AsOf"/>).</summary>
    public int SignalCount => _cells?.SignalCount ?? Signals.Values.Length;

    /// <summary>The distinct districts of the households, in order of first appearance.</summary>
    public IReadOnlyList<DistrictCode> Districts => DistrictList;

    internal int Words { get; }

    internal HouseholdId[] Ids { get; }

    internal int[] DistrictIndex { get; }

    internal DistrictCode[] DistrictList { get; }

    internal uint[] Predicates { get; }

    internal ulong[] Presence => Signals.Presence;

    internal int[] PairOffset => Signals.PairOffset;

    internal int[] RunStart => Signals.RunStart;

    internal ushort[] Ordinals => Signals.Ordinals;

    internal double[] Values => Signals.Values;

    internal int[] Ages => Signals.Ages;

    internal byte[] Sources => Signals.Sources;

    /// <summary>The per-household layout of the signals, built from the columns the first time it is read when the batch was filled by columns.</summary>
    internal BatchSignals Signals => _signals ?? MakeSignals();

    /// <summary>Whether the per-household layout exists (always for a batch filled by rows; for one filled by columns, once something read it).</summary>
    internal bool HasSignals => _signals is not null;

    /// <summary>The columnar copy of the indicators most households carry, or <see langword="null"/> when none qualifies.</summary>
    internal BatchColumns? Columns { get; }

    /// <summary>Lays out households for screening as of a date.</summary>
    /// <param name="households">The households.</param>
    /// <param name="asOf">The date to screen as of; later signals are left out.</param>
    /// <param name="catalog">The indicator catalog; <see cref="IndicatorCatalog.National"/> when <see langword="null"/>.</param>
    /// <returns>The batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="households"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A household has a signal of an indicator the catalog does not have, or a value outside the indicator's range or kind.</exception>
    public static HouseholdBatch Create(IEnumerable<Household> households, LocalDate asOf, IndicatorCatalog? catalog = null)
    {
        Guard.Against.Null(households);
        var builder = new HouseholdBatchBuilder(asOf, catalog, households.TryGetNonEnumeratedCount(out var n) ? n : 0);
        foreach (var h in households)
        {
            builder.Add(h);
        }

        return builder.Build();
    }

    /// <summary>Gets the id of the household at an index.</summary>
    /// <param name="index">The index, 0 to <see cref="Count"/> − 1.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public HouseholdId IdAt(int index) => Ids[CheckIndex(index)];

    /// <summary>Gets the district of the household at an index.</summary>
    /// <param name="index">The index, 0 to <see cref="Count"/> − 1.</param>
    /// <returns>The district code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public DistrictCode DistrictAt(int index) => DistrictList[DistrictIndex[CheckIndex(index)]];

    /// <summary>Tells whether a derived fact holds for the household at an index.</summary>
    /// <param name="index">The index.</param>
    /// <param name="predicate">The fact.</param>
    /// <returns><see langword="true"/> when it holds as of <see cref="AsOf"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="predicate"/> is not defined.</exception>
    public bool Satisfies(int index, HouseholdPredicate predicate) =>
        (Predicates[CheckIndex(index)] & (1u << (int)Guard.Against.EnumOutOfRange(predicate))) != 0;

    /// <summary>Turns a bad index into the documented exception instead of the runtime's IndexOutOfRangeException.</summary>
    private int CheckIndex(int index) =>
        unchecked((uint)index < (uint)Ids.Length)
            ? index
            : throw new ArgumentOutOfRangeException(nameof(index), index, $"The batch has {Ids.Length} households; the index must be 0 to {Ids.Length - 1}.");

    // Deterministic, so two threads that race here build equal layouts and either may win.
    private BatchSignals MakeSignals()
    {
        var made = _cells!.ToSignals();
        return Interlocked.CompareExchange(ref _signals, made, null) ?? made;
    }

    /// <summary>Rebuilds the interpreter's view of one household, with its signals as <see cref="CrisisSignal"/> values.</summary>
    internal HouseholdFacts FactsAt(int index)
    {
        var signals = new List<CrisisSignal>();
        var first = PairOffset[index];
        var last = PairOffset[index + 1];
        if (last > first)
        {
            for (var s = RunStart[first]; s < RunStart[last]; s++)
            {
                signals.Add(new CrisisSignal(Catalog.Indicators[Ordinals[s]].Code, Values[s], AsOf.PlusDays(-Ages[s]), (SignalSource)Sources[s]));
            }
        }

        return new HouseholdFacts(Ids[index], DistrictAt(index), Predicates[index], signals);
    }
}
