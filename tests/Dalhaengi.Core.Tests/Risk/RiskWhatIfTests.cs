using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Risk;
using static Dalhaengi.Core.Tests.Risk.TestRules;

namespace Dalhaengi.Core.Tests.Risk;

public sealed class RiskWhatIfTests
{
    private static readonly DistrictCode Other = new("4183031000");

    // Six households in two districts; A scores a cut-off 25 and crime 10, B raises crime to 20 and adds a heating rule.
    private static readonly RiskRuleSet A = With(Rule(RiskCondition.Present("utility.gas.cutoff"), 25, "cutoff"), Rule(RiskCondition.Present("victim.crime"), 10, "crime"));

    private static readonly RiskRuleSet B = With(
        Rule(RiskCondition.Present("utility.gas.cutoff"), 25, "cutoff"), Rule(RiskCondition.Present("victim.crime"), 20, "crime"),
        Rule(RiskCondition.Present("observation.no-heating"), 20, "heating"));

    private static HouseholdBatch Population() => HouseholdBatch.Create(
    [
        Household([], id: "hh-1"),                                                                   // 0 low → 0 low
        Household([Signal("victim.crime")], id: "hh-2"),                                             // 10 low → 20 medium
        Household([Signal("utility.gas.cutoff")], id: "hh-3"),                                      // 25 medium → 25 medium
        Household([Signal("utility.gas.cutoff"), Signal("victim.crime")], id: "hh-4"),              // 35 medium → 45 high
        WithDistrict(Household([Signal("observation.no-heating")], id: "hh-5"), Other),              // 0 low → 20 medium
        WithDistrict(Household([Signal("utility.gas.cutoff"), Signal("observation.no-heating")], id: "hh-6"), Other), // 25 medium → 45 high
    ], AsOf);

    private static Household WithDistrict(Household h, DistrictCode district) =>
        new(h.Id, district, h.Members, h.Housing, null, h.Contact, h.Consent, h.Programmes, h.Signals);

    [Fact]
    public void Run_OnAHandBuiltPopulation_CountsTransitionsByTierAndDistrict()
    {
        var report = RiskWhatIf.Run(RiskEvaluator.Compile(A), RiskEvaluator.Compile(B), Population());

        Assert.Equal(6, report.Households);
        Assert.Equal(1, report.Transitions(0, 0));
        Assert.Equal(2, report.Transitions(0, 1));
        Assert.Equal(1, report.Transitions(1, 1));
        Assert.Equal(2, report.Transitions(1, 2));
        Assert.Equal(6, Enumerable.Range(0, 4).Sum(x => Enumerable.Range(0, 4).Sum(y => report.Transitions(x, y))));
        var home = report.Districts.Single(d => d.District == TestRules.District);
        Assert.Equal([2, 2, 0, 0], home.Before);
        Assert.Equal([1, 2, 1, 0], home.After);
        Assert.Equal(2, home.Changed);
        var other = report.Districts.Single(d => d.District == Other);
        Assert.Equal([1, 1, 0, 0], other.Before);
        Assert.Equal([0, 1, 1, 0], other.After);
    }

    [Fact]
    public void Run_ExplainsOnlyTheChangedHouseholdsWithTheRulesThatDiffered()
    {
        var report = RiskWhatIf.Run(RiskEvaluator.Compile(A), RiskEvaluator.Compile(B), Population());

        Assert.Equal(["hh-4", "hh-6", "hh-2", "hh-5"], report.Changed.Select(c => c.Household.Value));
        Assert.Equal("hh-4 medium(35) → high(45): crime(+10→+20)", report.Changed[0].ToString());
        Assert.Equal([new RuleDifference("heating", RuleSetElement.Rule, null, "+20")], report.Changed[3].Differences);
    }

    [Fact]
    public void Run_WhenOnlyATierThresholdMoved_NamesTheTierAsTheDifference()
    {
        var tiers = Tiers;
        tiers[1] = new RiskTier("medium", new("중위험", "Medium"), 10, "Phone check", 30);
        var lowered = new RiskRuleSet("test.rules", "2", A.EffectiveFrom, "", tiers, A.Rules, [], [], []);

        var report = RiskWhatIf.Run(RiskEvaluator.Compile(A), RiskEvaluator.Compile(lowered), Population());

        var change = Assert.Single(report.Changed);
        Assert.Equal("hh-2", change.Household.Value);
        Assert.Equal(new RuleDifference("medium", RuleSetElement.Tier, "low from 0", "medium from 10"), Assert.Single(change.Differences));
    }

    [Fact]
    public void TransitionTable_WritesOneRowPerTier()
    {
        var report = RiskWhatIf.Run(RiskEvaluator.Compile(A), RiskEvaluator.Compile(B), Population());

        Assert.Equal("before\\after\tlow\tmedium\thigh\turgent\nlow\t1\t2\t0\t0\nmedium\t0\t1\t2\t0\nhigh\t0\t0\t0\t0\nurgent\t0\t0\t0\t0\n", report.TransitionTable());
    }
}
