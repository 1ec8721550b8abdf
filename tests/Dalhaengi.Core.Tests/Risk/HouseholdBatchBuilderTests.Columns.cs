using Dalhaengi.Core.Households;
using Dalhaengi.Core.Risk;
using Dalhaengi.Core.Tests.Arbitraries;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Dalhaengi.Core.Tests.Risk.TestRules;

namespace Dalhaengi.Core.Tests.Risk;

/// <summary>
/// Filling a batch a column at a time (<see cref="HouseholdBatchBuilder.AddHouseholds"/>, <see cref="HouseholdBatchBuilder.SetFact"/>,
/// <see cref="HouseholdBatchBuilder.SetColumn(IndicatorHandle, ReadOnlySpan{double}, LocalDate, SignalSource)"/>): such a batch
/// holds its indicators only as columns, and everything that reads a batch must read it like the same batch built row by row.
/// </summary>
public sealed partial class HouseholdBatchBuilderTests
{
    private static readonly ColumnWidth[] AllWidths = [ColumnWidth.Vector512, ColumnWidth.Vector256, ColumnWidth.Scalar, ColumnWidth.Off];

    // Every layout a column batch can get: narrowest (one age per extract-dated column), wider values, per-cell ages.
    private static readonly ColumnCellOptions[] ColumnLayouts =
    [
        ColumnCellOptions.Default,
        new(CellKind.UShort),
        new(CellKind.Float),
        new(CellKind.Byte, CellKind.Byte),
        new(CellKind.Float, CellKind.UShort, 16),
    ];

    [Property(MaxTest = 150)]
    public Property SetColumn_ReadsLikeTheBatchBuiltRowByRow() =>
        Prop.ForAll(
            (from before in RiskArbitraries.RuleSets(-20)
             from after in RiskArbitraries.RuleSets(-20)
             from households in Gen.ArrayOf(RiskArbitraries.Households, 41)
             from oneDate in Gen.Elements(true, false)
             select (before, after, households, oneDate)).ToArbitrary(),
            input =>
            {
                var (before, after, generated, oneDate) = input;

                // A wide table has one cell per household and indicator: keep one signal per indicator (all observed on
                // one extract date when the column has one date).
                var extract = AsOf.PlusDays(-3);
                var population = generated.Select((h, i) => Household(
                    h.Signals.DistinctBy(s => s.Indicator).Select(s => oneDate ? new CrisisSignal(s.Indicator, s.Value, extract, s.Source) : s).ToList(),
                    h.Members, $"hh-{i}", h.Contact, h.Programmes, h.Housing)).ToArray();
                var rows = HouseholdBatch.Create(population, AsOf);
                var columns = ByColumns(population, oneDate ? extract : null);

                var expected = population.Select(h => RiskInterpreter.Evaluate(before, HouseholdFacts.Of(h, AsOf), AsOf)).ToArray();
                foreach (var layout in ColumnLayouts)
                {
                    var laidOut = ByColumns(population, oneDate ? extract : null, layout);
                    foreach (var width in AllWidths)
                    {
                        var evaluator = RiskEvaluator.Compile(before, null, vectorKernel: true, width);
                        var results = new RiskScore[laidOut.Count];
                        evaluator.Evaluate(laidOut, results);
                        if (!results.SequenceEqual(expected) || laidOut.SignalCount != rows.SignalCount
                            || !Enumerable.Range(0, laidOut.Count).All(i => Describe(laidOut.FactsAt(i)) == Describe(rows.FactsAt(i))))
                        {
                            return false;
                        }
                    }
                }

                var one = RiskEvaluator.Compile(before);
                var beforeEvaluator = RiskEvaluator.Compile(before);
                var afterEvaluator = RiskEvaluator.Compile(after);
                var whatIfRows = RiskWhatIf.Run(beforeEvaluator, afterEvaluator, rows);
                var whatIfColumns = RiskWhatIf.Run(beforeEvaluator, afterEvaluator, ByColumns(population, oneDate ? extract : null));
                VerifiedOutcome[] outcomes = [.. population.Where((_, i) => i % 3 == 0).Select((h, i) => new VerifiedOutcome(h.Id, i % 2 == 0, AsOf))];
                return columns.SignalCount == rows.SignalCount
                    && Enumerable.Range(0, columns.Count).All(i =>
                        one.Evaluate(columns, i) == expected[i]
                        && Describe(columns.FactsAt(i)) == Describe(rows.FactsAt(i))
                        && Enum.GetValues<HouseholdPredicate>().All(p => columns.Satisfies(i, p) == rows.Satisfies(i, p)))
                    && whatIfColumns.Changed.SequenceEqual(whatIfRows.Changed)
                    && whatIfColumns.Districts.SequenceEqual(whatIfRows.Districts)
                    && RiskBackTest.Run(one, ByColumns(population, oneDate ? extract : null), outcomes, 5).ToString() == RiskBackTest.Run(one, rows, outcomes, 5).ToString();
            });

    [Fact]
    public void SetColumn_WithCellsAColumnCannotHold_KeepsThemExact()
    {
        // 0.1 and 16,777,217 are not floats (an extract-dated column: the vector path meets them), and 200 years is
        // older than a column's age (a column of per-cell dates): each cell stays exact, its household per household.
        var ids = Enumerable.Range(0, 40).Select(i => new HouseholdId($"hh-{i}")).ToArray();
        var amounts = Enumerable.Range(0, 40).Select(i => i switch { 3 => 0.1, 17 => 16_777_217, 30 => double.NaN, _ => 16_777_216.0 + (2 * (i % 4)) }).ToArray();
        var scores = Enumerable.Range(0, 40).Select(i => (double)(i % 28)).ToArray();
        var dates = Enumerable.Range(0, 40).Select(i => i == 9 ? AsOf.PlusYears(-200) : i == 11 ? AsOf.PlusDays(1) : AsOf.PlusDays(-i)).ToArray();
        var extract = AsOf.PlusDays(-1);
        var builder = new HouseholdBatchBuilder(AsOf);
        builder.AddHouseholds(ids, Enumerable.Repeat(District, ids.Length).ToArray());
        builder.SetColumn(Handle("arrears.financial.amount"), amounts, extract, SignalSource.NationalRound);
        builder.SetColumn(Handle("screening.phq9.total"), scores, dates, SignalSource.SessionScreening);
        var batch = builder.Build();

        var rows = HouseholdBatch.Create(
            ids.Select((id, i) => Household(
                [.. (double.IsNaN(amounts[i]) ? [] : new[] { Signal("arrears.financial.amount", amounts[i], extract) }),
                 Signal("screening.phq9.total", scores[i], dates[i], SignalSource.SessionScreening)],
                id: id.Value)),
            AsOf);
        var set = With(
            Rule(RiskCondition.Compare("arrears.financial.amount", ComparisonOperator.Greater, 16_777_216.5), 10, "a"),
            Rule(RiskCondition.Compare("arrears.financial.amount", ComparisonOperator.Greater, 0.05), 5, "b"),
            Rule(RiskCondition.Compare("screening.phq9.total", ComparisonOperator.GreaterOrEqual, 10), 20, "c"),
            Rule(RiskCondition.Compare("screening.phq9.total", ComparisonOperator.GreaterOrEqual, 5, withinDays: 30), 7, "d"));

        Assert.Equal(rows.SignalCount, batch.SignalCount);
        Assert.Equal(new[] { 3, 9, 17 }, batch.Columns!.Fallback);
        foreach (var width in AllWidths)
        {
            var a = new RiskScore[batch.Count];
            var b = new RiskScore[rows.Count];
            RiskEvaluator.Compile(set, null, vectorKernel: true, width).Evaluate(batch, a);
            RiskEvaluator.Compile(set, null, vectorKernel: true, width).Evaluate(rows, b);
            Assert.Equal(b, a);
        }

        // The facts were not set (no household holds any); the signals must be the rows' exactly.
        Assert.All(new[] { 3, 9, 11, 17, 30 }, i => Assert.Equal(Describe(rows.FactsAt(i) with { Predicates = 0 }), Describe(batch.FactsAt(i))));
    }

    [Fact]
    public void Evaluate_AColumnBatchWithColumnRules_KeepsNoPerHouseholdCopyUntilOneIsRead()
    {
        var ids = Enumerable.Range(0, 100).Select(i => new HouseholdId($"hh-{i}")).ToArray();
        var builder = new HouseholdBatchBuilder(AsOf);
        builder.AddHouseholds(ids, Enumerable.Repeat(District, ids.Length).ToArray());
        builder.SetColumn(Handle("arrears.gas.months"), [.. Enumerable.Range(0, 100).Select(i => (double)(i % 12))], AsOf.PlusDays(-5), SignalSource.NationalRound);
        builder.SetColumn(Handle("utility.gas.cutoff"), [.. Enumerable.Range(0, 100).Select(i => i % 3 == 0 ? 1 : double.NaN)], AsOf.PlusDays(-5), SignalSource.NationalRound);
        var batch = builder.Build();
        var set = With(
            Rule(RiskCondition.Compare("arrears.gas.months", ComparisonOperator.GreaterOrEqual, 6), 30, "a"),
            Rule(RiskCondition.All(RiskCondition.Present("utility.gas.cutoff"), RiskCondition.Compare("arrears.gas.months", ComparisonOperator.GreaterOrEqual, 3)), 15, "b"));

        var results = new RiskScore[batch.Count];
        RiskEvaluator.Compile(set, null, vectorKernel: true, ColumnWidth.Vector256).Evaluate(batch, results);
        var screenedFromColumns = !batch.HasSignals;
        var one = RiskEvaluator.Compile(set).Evaluate(batch, 9);

        Assert.True(screenedFromColumns);
        Assert.True(batch.HasSignals);
        Assert.Equal(new RiskScore(45, 2), results[9]);
        Assert.Equal(results[9], one);
        Assert.Equal(134, batch.SignalCount);
    }

    [Fact]
    public void SetColumn_WithAnImpossibleValue_NamesTheRowAndIndicator()
    {
        var builder = new HouseholdBatchBuilder(AsOf);
        var ids = Enumerable.Range(0, 20).Select(i => new HouseholdId($"hh-{i}")).ToArray();
        builder.AddHouseholds(ids, Enumerable.Repeat(District, 20).ToArray());
        var flags = Enumerable.Repeat(1.0, 20).ToArray();
        flags[13] = 2;
        var phq = Enumerable.Repeat(3.0, 20).ToArray();
        phq[18] = double.PositiveInfinity;

        var flag = Assert.Throws<ArgumentException>(() => builder.SetColumn(Handle("utility.gas.cutoff"), flags, AsOf, SignalSource.NationalRound));
        var infinite = Assert.Throws<ArgumentException>(() => builder.SetColumn(Handle("screening.phq9.total"), phq, AsOf, SignalSource.SessionScreening));
        var length = Assert.Throws<ArgumentException>(() => builder.SetColumn(Handle("screening.phq9.total"), [1.0, 2.0], AsOf, SignalSource.SessionScreening));
        builder.SetColumn(Handle("utility.gas.cutoff"), Enumerable.Repeat(1.0, 20).ToArray(), AsOf, SignalSource.NationalRound);
        var twice = Assert.Throws<ArgumentException>(() => builder.SetColumn(Handle("utility.gas.cutoff"), Enumerable.Repeat(1.0, 20).ToArray(), AsOf, SignalSource.NationalRound));
        var late = Assert.Throws<InvalidOperationException>(() => builder.AddHouseholds([new HouseholdId("hh-x")], [District]));
        var row = Assert.Throws<InvalidOperationException>(() => builder.Add(new HouseholdId("hh-y"), District, []));

        Assert.Contains("Row 14", flag.Message, StringComparison.Ordinal);
        Assert.Contains("utility.gas.cutoff is a flag", flag.Message, StringComparison.Ordinal);
        Assert.Contains("Row 19", infinite.Message, StringComparison.Ordinal);
        Assert.Contains("finite", infinite.Message, StringComparison.Ordinal);
        Assert.Contains("20 households", length.Message, StringComparison.Ordinal);
        Assert.Contains("already set", twice.Message, StringComparison.Ordinal);
        Assert.Contains("before the first", late.Message, StringComparison.Ordinal);
        Assert.Contains("by columns", row.Message, StringComparison.Ordinal);
        Assert.Equal(20, builder.Build().SignalCount);
    }

    [Fact]
    public void Clear_AfterAColumnBatch_TakesRowsAgainAndLeavesTheFirstBatchUntouched()
    {
        var population = SyntheticPopulation.Generate(AsOf, seed: 21, households: 600)
            .Select(h => Household(h.Signals.DistinctBy(s => s.Indicator).ToList(), h.Members, h.Id.Value, h.Contact, h.Programmes, h.Housing)).ToArray();
        var builder = new HouseholdBatchBuilder(AsOf);
        Fill(builder, population, null);
        var first = builder.Build();
        var screened = Screen(first);

        builder.Clear();
        Fill(builder, population.Take(100).ToArray(), null);
        var second = builder.Build();
        builder.Clear();
        builder.Add(population[0]);

        Assert.Equal(Screen(HouseholdBatch.Create(population, AsOf)), screened);
        Assert.Equal(screened, Screen(first));
        Assert.Equal(screened.Take(100), Screen(second));
        Assert.Equal(1, builder.Build().Count);
    }

    private static HouseholdBatch ByColumns(Household[] population, LocalDate? extract, ColumnCellOptions? layout = null)
    {
        var builder = new HouseholdBatchBuilder(AsOf) { CellOptions = layout ?? ColumnCellOptions.Default };
        Fill(builder, population, extract);
        return builder.Build();
    }

    // One column per indicator any household carries, as a wide extract would have it; NaN for an empty cell.
    private static void Fill(HouseholdBatchBuilder builder, Household[] population, LocalDate? extract)
    {
        builder.AddHouseholds([.. population.Select(h => h.Id)], [.. population.Select(h => h.District)]);
        foreach (var p in Enum.GetValues<HouseholdPredicate>())
        {
            builder.SetFact(p, [.. population.Select(h => h.Satisfies(p, AsOf))]);
        }

        foreach (var group in population.SelectMany(h => h.Signals).GroupBy(s => (s.Indicator, s.Source)).GroupBy(g => g.Key.Indicator))
        {
            // A column has one source: an indicator seen from two sources gets the one of its first signal here, so
            // only single-source indicators go in whole; the tests' generators give one source per indicator.
            var source = group.First().Key.Source;
            var cells = population.Select(h => h.Signals.FirstOrDefault(s => s.Indicator == group.Key)).ToArray();
            var values = cells.Select(s => s?.Value ?? double.NaN).ToArray();
            if (extract is { } day)
            {
                builder.SetColumn(IndicatorHandle.Of(IndicatorCatalog.National, group.Key), values, day, source);
            }
            else
            {
                builder.SetColumn(IndicatorHandle.Of(IndicatorCatalog.National, group.Key), values, [.. cells.Select(s => s?.ObservedOn ?? AsOf)], source);
            }
        }
    }

    private static string Describe(HouseholdFacts facts) =>
        $"{facts.Id} {facts.District} {facts.Predicates} " + string.Join(";", facts.Signals.Select(s => $"{s.Indicator}={s.Value}@{s.ObservedOn}/{s.Source}"));
}
