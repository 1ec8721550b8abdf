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

    [Fact]
    public void EvaluateParallel_WithTooFewResultsOrZeroCores_Throws()
    {
        var batch = HouseholdBatch.Create([Household()], AsOf);

        Assert.Throws<ArgumentException>(() => National.EvaluateParallel(batch, Array.Empty<RiskScore>()));
        Assert.Throws<ArgumentOutOfRangeException>(() => National.EvaluateParallel(batch, new RiskScore[1], 0));
    }
}
