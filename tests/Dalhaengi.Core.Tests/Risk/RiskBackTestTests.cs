using Dalhaengi.Core.Households;
using Dalhaengi.Core.Risk;
using static Dalhaengi.Core.Tests.Risk.TestRules;

namespace Dalhaengi.Core.Tests.Risk;

public sealed class RiskBackTestTests
{
    // Scores: hh-1 0 low, hh-2 10 low, hh-3 25 medium, hh-4 35 medium, hh-5 45 high, hh-6 70 urgent.
    private static readonly RiskRuleSet Set = With(
        Rule(RiskCondition.Present("victim.crime"), 10, "crime"), Rule(RiskCondition.Present("utility.gas.cutoff"), 25, "cutoff"),
        Rule(RiskCondition.Present("observation.isolated"), 35, "isolated"));

    private static HouseholdBatch Population() => HouseholdBatch.Create(
    [
        Household([], id: "hh-1"),
        Household([Signal("victim.crime")], id: "hh-2"),
        Household([Signal("utility.gas.cutoff")], id: "hh-3"),
        Household([Signal("utility.gas.cutoff"), Signal("victim.crime")], id: "hh-4"),
        Household([Signal("observation.isolated"), Signal("victim.crime")], id: "hh-5"),
        Household([Signal("observation.isolated"), Signal("utility.gas.cutoff"), Signal("victim.crime")], id: "hh-6"),
    ], AsOf);

    private static VerifiedOutcome O(string id, bool confirmed, int daysAfter = 10) => new(new HouseholdId(id), confirmed, AsOf.PlusDays(daysAfter));

    // Confirmed: hh-2 (low), hh-4 (medium), hh-6 (urgent). Not: hh-1, hh-3, hh-5.
    private static VerifiedOutcome[] Outcomes =>
        [O("hh-1", false), O("hh-2", true), O("hh-3", false), O("hh-4", true), O("hh-5", false), O("hh-6", true),
         O("hh-9", true), O("hh-1", true, daysAfter: -1)];

    [Fact]
    public void Run_OnAHandComputedExample_GivesTheConfusionTableAndCutOffs()
    {
        var report = RiskBackTest.Run(RiskEvaluator.Compile(Set), Population(), Outcomes, budget: 2);

        Assert.Equal((6, 3, 2), (report.Verified, report.Confirmed, report.IgnoredOutcomes));
        Assert.Equal([new("low", 1, 1), new("medium", 1, 1), new("high", 0, 1), new("urgent", 1, 0)], report.Confusion);
        Assert.Equal(
        [
            new("low", 3, 3, 0, 0), new("medium", 2, 2, 1, 1), new("high", 1, 1, 2, 2), new("urgent", 1, 0, 2, 3),
        ], report.CutOffs);
        Assert.Equal(2.0 / 4, report.CutOffs[1].Precision, 10);
        Assert.Equal(2.0 / 3, report.CutOffs[1].Recall, 10);
        Assert.Equal(1.0, report.CutOffs[3].Precision);
        Assert.Equal(1.0 / 3, report.CutOffs[3].Recall, 10);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)] // hh-6 urgent
    [InlineData(2, 1)] // + hh-5 high, not confirmed
    [InlineData(3, 2)] // + hh-4 medium 35
    [InlineData(6, 3)]
    [InlineData(100, 3)]
    public void Run_WhenVisitsFollowTheRanking_CountsTheConfirmedCrisesReached(int budget, int reached)
    {
        var report = RiskBackTest.Run(RiskEvaluator.Compile(Set), Population(), Outcomes, budget);

        Assert.Equal(reached, report.ReachedWithinBudget);
        Assert.Equal(reached / 3.0, report.BudgetRecall, 10);
    }

    [Fact]
    public void Run_WhenScoresTie_BreaksTiesByHouseholdId()
    {
        var tie = HouseholdBatch.Create([Household([Signal("victim.crime")], id: "hh-b"), Household([Signal("victim.crime")], id: "hh-a")], AsOf);

        var report = RiskBackTest.Run(RiskEvaluator.Compile(Set), tie, [O("hh-b", false), O("hh-a", true)], budget: 1);

        Assert.Equal(1, report.ReachedWithinBudget);
    }

    [Fact]
    public void Run_WhenNothingConfirmed_ReportsZeroRatherThanNaN()
    {
        var report = RiskBackTest.Run(RiskEvaluator.Compile(Set), Population(), [O("hh-1", false)], budget: 5);

        Assert.All(report.CutOffs, c => Assert.Equal(0, c.Recall));
        Assert.Equal(0, report.CutOffs[3].Precision);
        Assert.Equal(0, report.BudgetRecall);
    }
}
