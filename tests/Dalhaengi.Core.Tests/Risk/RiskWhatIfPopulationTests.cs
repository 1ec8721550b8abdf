using Dalhaengi.Core.Households;
using Dalhaengi.Core.Risk;
using static Dalhaengi.Core.Tests.Risk.TestRules;

namespace Dalhaengi.Core.Tests.Risk;

/// <summary>The what-if over a population larger than one screening chunk, against screening both rule sets directly.</summary>
public sealed class RiskWhatIfPopulationTests
{
    [Fact]
    public void Run_OnTwentyThousandHouseholds_ReportsExactlyTheHouseholdsWhoseTierChanged()
    {
        var current = RiskEvaluator.Compile(BuiltInRuleSets.NationalOutreach);
        var set = current.RuleSet;
        var proposed = RiskEvaluator.Compile(new RiskRuleSet(
            set.Id, set.Version + "-proposed", set.EffectiveFrom, set.Description,
            set.Tiers.Select(t => t.Id == "medium" ? new RiskTier(t.Id, t.Name, 15, t.Action, t.ResponseDays) : t),
            set.Rules, set.RedFlags));
        var batch = HouseholdBatch.Create(SyntheticPopulation.Generate(AsOf, seed: 9, households: 20_000), AsOf);
        var a = new RiskScore[batch.Count];
        var b = new RiskScore[batch.Count];
        current.Evaluate(batch, a);
        proposed.Evaluate(batch, b);
        var expected = Enumerable.Range(0, batch.Count).Where(i => a[i].Tier != b[i].Tier).Select(batch.IdAt).ToHashSet();

        var report = RiskWhatIf.Run(current, proposed, batch);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, report.Changed.Select(c => c.Household).ToHashSet());
        Assert.Equal(expected.Count, report.Districts.Sum(d => d.Changed));
        Assert.Equal(batch.Count, Enumerable.Range(0, 4).Sum(x => Enumerable.Range(0, 4).Sum(y => report.Transitions(x, y))));
        var first = report.Changed[0];
        Assert.Equal(new RuleDifference("medium", RuleSetElement.Tier, "low from 0", "medium from 15"), Assert.Single(first.Differences));
        Assert.Equal(new TierChange(first.Household, first.District, first.Before, first.BeforeTier, first.After, first.AfterTier, first.Differences), first);
    }
}
