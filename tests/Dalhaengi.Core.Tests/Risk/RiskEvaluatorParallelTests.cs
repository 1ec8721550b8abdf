using Dalhaengi.Core.Households;
using Dalhaengi.Core.Risk;
using static Dalhaengi.Core.Tests.Risk.TestRules;

namespace Dalhaengi.Core.Tests.Risk;

public sealed class RiskEvaluatorParallelTests
{
    private static readonly RiskEvaluator National = RiskEvaluator.Compile(BuiltInRuleSets.NationalOutreach);

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void EvaluateParallel_OnSeveralRanges_GivesTheSingleThreadedResults(int cores)
    {
        // 40,000 households: three ranges, the last one partial.
        var batch = HouseholdBatch.Create(SyntheticPopulation.Generate(AsOf, seed: 5, households: 40_000), AsOf);
        var expected = new RiskScore[batch.Count];
        National.Evaluate(batch, expected);
        var actual = new RiskScore[batch.Count + 3];

        National.EvaluateParallel(batch, actual, cores);

        Assert.Equal(expected, actual[..batch.Count]);
        Assert.Equal(default, actual[^1]);
        Assert.Contains(expected, r => r.Tier > 0);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void EvaluateParallel_OnABatchWithColumns_GivesThePerHouseholdResults(int cores)
    {
        // Every household carries gas arrears and a PHQ-9 total (columns); one in 50 has a second gas signal (fallback).
        var random = new Random(7);
        var households = Enumerable.Range(0, 40_000).Select(i => Household(
            [
                Signal("arrears.gas.months", random.Next(0, 12), AsOf.PlusDays(-random.Next(0, 200))),
                Signal("screening.phq9.total", random.Next(0, 28), AsOf.PlusDays(-random.Next(0, 200)), SignalSource.SessionScreening),
                .. i % 50 == 0 ? [Signal("arrears.gas.months", 11, AsOf.PlusDays(-random.Next(0, 200)))] : Array.Empty<CrisisSignal>(),
            ],
            id: $"hh-{i:00000}")).ToList();
        var batch = HouseholdBatch.Create(households, AsOf);
        var expected = new RiskScore[batch.Count];
        RiskEvaluator.Compile(BuiltInRuleSets.NationalOutreach, null, vectorKernel: false, ColumnWidth.Off).Evaluate(batch, expected);
        var actual = new RiskScore[batch.Count];

        National.EvaluateParallel(batch, actual, cores);

        Assert.NotNull(batch.Columns);
        Assert.Equal(800, batch.Columns.Fallback.Length);
        Assert.Equal(expected, actual);
        Assert.True(expected.Select(r => r.Tier).Distinct().Count() >= 2);
    }

    [Fact]
    public void EvaluateParallel_WithTooFewResultsOrZeroCores_Throws()
    {
        var batch = HouseholdBatch.Create([Household()], AsOf);

        Assert.Throws<ArgumentException>(() => National.EvaluateParallel(batch, Array.Empty<RiskScore>()));
        Assert.Throws<ArgumentOutOfRangeException>(() => National.EvaluateParallel(batch, new RiskScore[1], 0));
    }
}
