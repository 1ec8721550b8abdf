using System.Globalization;
using System.Text;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Risk;
using NodaTime;

namespace Dalhaengi.Core.Benchmarks.Screening;

/// <summary>
/// A population as rows, the way it arrives from a database or a file: one row per household (id, district, the
/// derived facts) and one per signal (indicator code text, value, day, source); and the same as a CSV file.
/// </summary>
internal sealed class HouseholdRows
{
    public const string CsvHeader = "household_id,district,facts,indicator,value,observed_on,source";

    private HouseholdRows(List<Household> households, LocalDate asOf, IndicatorCatalog catalog)
    {
        Households = households;
        AsOf = asOf;
        Catalog = catalog;
        var predicates = Enum.GetValues<HouseholdPredicate>();
        Ids = [.. households.Select(h => h.Id)];
        Districts = [.. households.Select(h => h.District)];
        Facts = [.. households.Select(h => predicates.Where(p => h.Satisfies(p, asOf)).ToArray())];
        FirstSignal = new int[households.Count + 1];
        var signals = new List<(string Code, double Value, LocalDate On, SignalSource Source)>();
        for (var i = 0; i < households.Count; i++)
        {
            FirstSignal[i] = signals.Count;
            signals.AddRange(households[i].Signals.Select(s => (s.Indicator.Value, s.Value, s.ObservedOn, s.Source)));
        }

        FirstSignal[^1] = signals.Count;
        Signals = [.. signals];

        // What a reader does once per input (a table's indicator columns, a code column's distinct values): resolve
        // each indicator to a handle; then a row costs no lookup by text.
        var handles = Signals.Select(s => s.Code).Distinct(StringComparer.Ordinal).ToDictionary(c => c, c => IndicatorHandle.Of(catalog, new IndicatorCode(c)), StringComparer.Ordinal);
        Handles = [.. Signals.Select(s => handles[s.Code])];
        Values = [.. Signals.Select(s => s.Value)];
        Dates = [.. Signals.Select(s => s.On)];
        Sources = [.. Signals.Select(s => s.Source)];
    }

    /// <summary>The signals' indicators resolved once, and their values, days and sources as columns (a wide table's row is a slice).</summary>
    public IndicatorHandle[] Handles { get; }

    public double[] Values { get; }

    public LocalDate[] Dates { get; }

    public SignalSource[] Sources { get; }

    public List<Household> Households { get; }

    public LocalDate AsOf { get; }

    public IndicatorCatalog Catalog { get; }

    public HouseholdId[] Ids { get; }

    public DistrictCode[] Districts { get; }

    public HouseholdPredicate[][] Facts { get; }

    /// <summary>Household i's signals are <c>Signals[FirstSignal[i]..FirstSignal[i + 1]]</c>.</summary>
    public int[] FirstSignal { get; }

    public (string Code, double Value, LocalDate On, SignalSource Source)[] Signals { get; }

    public int Count => Ids.Length;

    public static HouseholdRows Create(string workload, int households) => workload switch
    {
        "dense" => new([.. DenseWorkload.Households(ScreeningPopulation.AsOf, households, 42)], ScreeningPopulation.AsOf, DenseWorkload.Catalog),
        _ => new([.. SyntheticPopulation.Generate(ScreeningPopulation.AsOf, 42, households)], ScreeningPopulation.AsOf, IndicatorCatalog.National),
    };

    public static RiskRuleSet RuleSetFor(string workload) => workload == "dense" ? DenseWorkload.RuleSet : BuiltInRuleSets.NationalOutreach;

    /// <summary>Fills a builder from the rows: no <see cref="Household"/> objects, indicator codes as text.</summary>
    public void FillBuilder(HouseholdBatchBuilder builder)
    {
        var signals = Signals;
        for (var i = 0; i < Ids.Length; i++)
        {
            builder.Add(Ids[i], Districts[i], Facts[i]);
            for (var s = FirstSignal[i]; s < FirstSignal[i + 1]; s++)
            {
                ref readonly var row = ref signals[s];
                builder.AddSignal(row.Code.AsSpan(), row.Value, row.On, row.Source);
            }
        }
    }

    /// <summary>
    /// Fills a builder from the rows with the indicators resolved once (<see cref="IndicatorHandle"/>): one
    /// <c>AddSignals</c> call per household when all its signals share a source (a wide table's row), else one
    /// <c>AddSignal</c> per signal.
    /// </summary>
    public void FillBuilderWithHandles(HouseholdBatchBuilder builder)
    {
        for (var i = 0; i < Ids.Length; i++)
        {
            builder.Add(Ids[i], Districts[i], Facts[i]);
            var (from, to) = (FirstSignal[i], FirstSignal[i + 1]);
            if (to > from && Sources.AsSpan(from, to - from).IndexOfAnyExcept(Sources[from]) < 0)
            {
                builder.AddSignals(Handles.AsSpan(from, to - from), Values.AsSpan(from, to - from), Dates.AsSpan(from, to - from), Sources[from]);
                continue;
            }

            for (var s = from; s < to; s++)
            {
                builder.AddSignal(Handles[s], Values[s], Dates[s], Sources[s]);
            }
        }
    }

    /// <summary>
    /// The rows as a wide table (a column per indicator, the shape of a monthly extract), built once: per indicator
    /// the households' values (<see cref="double.NaN"/> for an empty cell) and days, per derived fact a column of
    /// flags. A household with several signals of one indicator keeps its first (a wide table has one cell); the
    /// dense workload has none such, so its wide table is the same population.
    /// </summary>
    public (IndicatorHandle Indicator, double[] Values, LocalDate[] Dates, SignalSource Source)[] WideColumns => _wide ??= Widen();

    /// <summary>The derived facts as columns, one flag per household.</summary>
    public (HouseholdPredicate Predicate, bool[] Holds)[] FactColumns =>
        _facts ??= [.. Enum.GetValues<HouseholdPredicate>().Select(p => (p, Facts.Select(f => f.Contains(p)).ToArray()))];

    private (IndicatorHandle, double[], LocalDate[], SignalSource)[]? _wide;
    private (HouseholdPredicate, bool[])[]? _facts;

    /// <summary>
    /// Fills a builder a column at a time from <see cref="WideColumns"/>: <c>AddHouseholds</c>, a <c>SetFact</c> per
    /// fact and a <c>SetColumn</c> per indicator, with each cell's day or (<paramref name="oneDate"/>) one extract day
    /// for the whole column.
    /// </summary>
    public void FillBuilderByColumns(HouseholdBatchBuilder builder, bool oneDate)
    {
        builder.AddHouseholds(Ids, Districts);
        foreach (var (predicate, holds) in FactColumns)
        {
            builder.SetFact(predicate, holds);
        }

        foreach (var (indicator, values, dates, source) in WideColumns)
        {
            if (oneDate)
            {
                builder.SetColumn(indicator, values, AsOf, source);
            }
            else
            {
                builder.SetColumn(indicator, values, dates, source);
            }
        }
    }

    private (IndicatorHandle, double[], LocalDate[], SignalSource)[] Widen()
    {
        var columns = new Dictionary<string, (IndicatorHandle, double[], LocalDate[], SignalSource)>(StringComparer.Ordinal);
        for (var i = 0; i < Ids.Length; i++)
        {
            for (var s = FirstSignal[i]; s < FirstSignal[i + 1]; s++)
            {
                var (code, value, on, source) = Signals[s];
                if (!columns.TryGetValue(code, out var column))
                {
                    column = (Handles[s], new double[Ids.Length], new LocalDate[Ids.Length], source);
                    column.Item2.AsSpan().Fill(double.NaN);
                    column.Item3.AsSpan().Fill(AsOf);
                    columns.Add(code, column);
                }

                if (double.IsNaN(column.Item2[i]))
                {
                    column.Item2[i] = value;
                    column.Item3[i] = on;
                }
            }
        }

        return [.. columns.Values];
    }

    /// <summary>Writes the rows as CSV: one line per signal, a household without signals as one line with empty signal fields.</summary>
    public void WriteCsv(string path)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        w.WriteLine(CsvHeader);
        for (var i = 0; i < Ids.Length; i++)
        {
            var head = $"{Ids[i].Value},{Districts[i].Value},{string.Join('|', Facts[i])}";
            if (FirstSignal[i] == FirstSignal[i + 1])
            {
                w.WriteLine(head + ",,,,");
            }

            for (var s = FirstSignal[i]; s < FirstSignal[i + 1]; s++)
            {
                var (code, value, on, source) = Signals[s];
                w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{head},{code},{value},{on.Year:0000}-{on.Month:00}-{on.Day:00},{source}"));
            }
        }
    }
}
