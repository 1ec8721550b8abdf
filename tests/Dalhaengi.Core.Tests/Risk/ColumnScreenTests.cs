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
/// The column screen (threshold rules and their combinations tested across households from a batch's columns) at
/// every vector width against the reference interpreter, on random rule sets and households, including households
/// the columns cannot hold (several signals of one indicator) and ranges that start anywhere.
/// </summary>
public sealed class ColumnScreenTests
{
    private static readonly ColumnWidth[] Widths = [ColumnWidth.Vector512, ColumnWidth.Vector256, ColumnWidth.Scalar, ColumnWidth.Native, ColumnWidth.Off];

    private static readonly LocalDate[] Dates = [AsOf, new(2025, 1, 15), new(2025, 12, 1)];

    // Every cell layout: the narrowest (the default), 16-bit and float values, 16-bit ages, blocks off alignment.
    internal static readonly ColumnCellOptions[] Layouts =
    [
        ColumnCellOptions.Default,
        new(CellKind.Byte),
        new(CellKind.UShort),
        new(CellKind.Float),
        new(CellKind.None, CellKind.UShort),
        new(CellKind.Byte, CellKind.UShort),
        new(CellKind.Float, CellKind.UShort, 16),
    ];

    [Property(MaxTest = 300)]
    public Property EveryWidth_AgreesWithTheReferenceInterpreter() =>
        Prop.ForAll(
            (from set in RiskArbitraries.RuleSets(-20)
             from households in Gen.ArrayOf(RiskArbitraries.Households, 37)
             from single in Gen.ArrayOf(Gen.Elements(true, false), 37)
             from share in Gen.Elements(0.0, 0.3, 0.6)
             from asOf in Gen.Elements(Dates)
             select (set, households, single, share, asOf)).ToArbitrary(),
            input =>
            {
                var (set, households, single, share, asOf) = input;

                // Most households keep one signal per indicator (the columns hold them); the others keep all theirs.
                var population = households.Select((h, i) => single[i] ? OneSignalEach(h) : h).ToArray();
                var expected = population.Select(h => RiskInterpreter.Evaluate(set, HouseholdFacts.Of(h, asOf), asOf)).ToArray();
                foreach (var layout in Layouts)
                {
                    var batch = Batch(population, asOf, share, layout);
                    foreach (var width in Widths)
                    {
                        var evaluator = RiskEvaluator.Compile(set, null, vectorKernel: true, width);
                        var results = new RiskScore[batch.Count];
                        evaluator.Evaluate(batch, results);
                        var tail = new RiskScore[batch.Count - 5];
                        evaluator.Evaluate(batch, 5, tail);
                        if (!results.SequenceEqual(expected) || !tail.SequenceEqual(expected.Skip(5)))
                        {
                            return false;
                        }
                    }
                }

                return true;
            });

    [Fact]
    public void Build_WhenEveryHouseholdCarriesAnIndicatorOnce_HoldsItAsAColumnWithNoFallback()
    {
        var households = Enumerable.Range(0, 50).Select(i => Household(
            [Signal("utility.gas.cutoff", 1, AsOf.PlusDays(-i)), Signal("arrears.gas.months", i % 12, AsOf.PlusDays(-2 * i))], id: $"hh-{i}")).ToList();

        var batch = HouseholdBatch.Create(households, AsOf);

        Assert.NotNull(batch.Columns);
        Assert.Equal(2, System.Numerics.BitOperations.PopCount(batch.Columns.Mask));
        Assert.Empty(batch.Columns.Fallback);
    }

    [Fact]
    public void Build_WhenAHouseholdHasTwoSignalsOfAColumnIndicator_ScreensItOnThePerHouseholdPath()
    {
        var households = Enumerable.Range(0, 20).Select(i => Household([Signal("arrears.gas.months", i % 12, AsOf.PlusDays(-i))], id: $"hh-{i}")).ToList();
        households[7] = Household([Signal("arrears.gas.months", 1, AsOf.PlusDays(-400)), Signal("arrears.gas.months", 9, AsOf.PlusDays(-3))], id: "hh-7");
        var set = With(Rule(RiskCondition.Compare("arrears.gas.months", ComparisonOperator.GreaterOrEqual, 6, withinDays: 30), 30));

        var batch = HouseholdBatch.Create(households, AsOf);
        var results = new RiskScore[batch.Count];
        RiskEvaluator.Compile(set, null, vectorKernel: true, ColumnWidth.Vector256).Evaluate(batch, results);

        Assert.Equal([7], batch.Columns!.Fallback);
        Assert.Equal(30, results[7].Score);
        Assert.Equal(households.Select(h => Score(set, h)), results);
    }

    [Fact]
    public void Build_WhenFewHouseholdsCarryAnyIndicator_MakesNoColumns()
    {
        var households = Enumerable.Range(0, 20).Select(i => Household(i == 3 ? [Signal("utility.gas.cutoff")] : [], id: $"hh-{i}")).ToList();

        Assert.Null(HouseholdBatch.Create(households, AsOf).Columns);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(123_456_789.125)]
    [InlineData(16_777_217)]
    public void Evaluate_WhenAValueIsNotAFloat_GivesTheExactComparison(double value)
    {
        // 16,777,217 and 0.5 + tiny are not floats: the household falls back; thresholds at non-floats are narrowed exactly.
        var households = Enumerable.Range(0, 10).Select(i => Household([Signal("arrears.financial.amount", i == 4 ? value : 16_777_216 + i, AsOf)], id: $"hh-{i}")).ToList();
        var set = With(
            Rule(RiskCondition.Compare("arrears.financial.amount", ComparisonOperator.Greater, 16_777_216.5), 10, "a"),
            Rule(RiskCondition.Compare("arrears.financial.amount", ComparisonOperator.LessOrEqual, 16_777_218.5), 20, "b"));
        var batch = Batch([.. households], AsOf, 0);

        foreach (var width in Widths)
        {
            var results = new RiskScore[batch.Count];
            RiskEvaluator.Compile(set, null, vectorKernel: true, width).Evaluate(batch, results);
            Assert.Equal(households.Select(h => Score(set, h)), results);
        }
    }

    [Fact]
    public void Build_ChoosesTheNarrowestExactCellsPerColumn()
    {
        // A flag always 1 kept once for the column, small counts in bytes, months up to 300 in 16 bits, amounts as
        // floats; ages up to 390 days saturate.
        var households = Enumerable.Range(0, 40).Select(i => Household(
            [Signal("utility.gas.cutoff", 1, AsOf.PlusDays(-i * 10)), Signal("arrears.gas.months", i % 12, AsOf),
             Signal("arrears.financial.amount", 1_000.5 * i, AsOf), Signal("screening.phq9.total", i % 28, AsOf)], id: $"hh-{i}")).ToList();
        households[5] = Household([Signal("arrears.gas.months", 300, AsOf), Signal("utility.gas.cutoff", 1, AsOf)], id: "hh-5");

        var layout = HouseholdBatch.Create(households, AsOf).Columns!.Layout;

        var kinds = Enumerable.Range(0, layout.Count).Select(c => (layout.ValueKinds[c], layout.AgeKinds[c])).ToArray();
        Assert.Contains((CellKind.Float, CellKind.Byte), kinds);
        Assert.Contains((CellKind.UShort, CellKind.Byte), kinds);
        Assert.Contains((CellKind.Byte, CellKind.Byte), kinds);
        Assert.Contains((CellKind.None, CellKind.Byte), kinds);
        Assert.Equal(1, layout.Constant[Array.IndexOf(kinds, (CellKind.None, CellKind.Byte))]);
        Assert.Equal(390, layout.MaxAge.Max());
        Assert.Equal(0, layout.BlockBytes % 64);
    }

    [Theory]
    [InlineData(253)]
    [InlineData(254)]
    [InlineData(300)]
    [InlineData(389)]
    [InlineData(390)]
    public void Evaluate_WhenAWindowIsWiderThanSaturatedByteAges_GivesTheExactResult(int window)
    {
        // Byte ages stand for 254 days and more as 254: a window from 254 days to just below the oldest age cannot be
        // tested from them, so that rule is screened per household; the others still from the columns.
        var households = Enumerable.Range(0, 40).Select(i => Household([Signal("utility.gas.cutoff", 1, AsOf.PlusDays(-i * 10))], id: $"hh-{i}")).ToList();
        var set = With(
            Rule(RiskCondition.Present("utility.gas.cutoff", withinDays: window), 20, "a"),
            Rule(RiskCondition.Present("utility.gas.cutoff", withinDays: 100), 7, "b"));
        var batch = HouseholdBatch.Create(households, AsOf);

        foreach (var width in Widths)
        {
            var results = new RiskScore[batch.Count];
            RiskEvaluator.Compile(set, null, vectorKernel: true, width).Evaluate(batch, results);
            Assert.Equal(households.Select(h => Score(set, h)), results);
        }
    }

    private static HouseholdBatch Batch(Household[] households, LocalDate asOf, double share, ColumnCellOptions? layout = null)
    {
        var builder = new HouseholdBatchBuilder(asOf) { ColumnShare = share, CellOptions = layout ?? ColumnCellOptions.Default };
        foreach (var h in households)
        {
            builder.Add(h);
        }

        return builder.Build();
    }

    private static Household OneSignalEach(Household h) =>
        Household(h.Signals.DistinctBy(s => s.Indicator).ToList(), h.Members, h.Id.Value, h.Contact, h.Programmes, h.Housing);
}
