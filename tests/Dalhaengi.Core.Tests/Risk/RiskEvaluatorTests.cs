using Dalhaengi.Core.Households;
using Dalhaengi.Core.Risk;
using NodaTime;
using static Dalhaengi.Core.Tests.Risk.TestRules;

namespace Dalhaengi.Core.Tests.Risk;

public sealed class RiskEvaluatorTests
{
    [Fact]
    public void Evaluate_WhenIndicatorPresent_AddsPoints()
    {
        var set = With(Rule(RiskCondition.Present("utility.electricity.cutoff"), 25));

        Assert.Equal(25, Score(set, Household([Signal("utility.electricity.cutoff")])).Score);
        Assert.Equal(0, Score(set, Household([Signal("utility.water.cutoff")])).Score);
    }

    [Theory]
    [InlineData(ComparisonOperator.GreaterOrEqual, 3, 3, true)]
    [InlineData(ComparisonOperator.GreaterOrEqual, 3, 2, false)]
    [InlineData(ComparisonOperator.Greater, 3, 3, false)]
    [InlineData(ComparisonOperator.Greater, 3, 4, true)]
    [InlineData(ComparisonOperator.LessOrEqual, 3, 3, true)]
    [InlineData(ComparisonOperator.LessOrEqual, 3, 4, false)]
    [InlineData(ComparisonOperator.Less, 3, 3, false)]
    [InlineData(ComparisonOperator.Less, 3, 2, true)]
    public void Evaluate_WhenComparing_AppliesTheOperatorExactly(ComparisonOperator op, double threshold, double value, bool fires)
    {
        var set = With(Rule(RiskCondition.Compare("arrears.health-insurance.months", op, threshold), 10));

        Assert.Equal(fires ? 10 : 0, Score(set, Household([Signal("arrears.health-insurance.months", value)])).Score);
    }

    [Theory]
    [InlineData(999_999, false)]
    [InlineData(1_000_000, true)]
    [InlineData(20_000_000, true)]
    [InlineData(20_000_001, false)]
    public void Evaluate_WhenBetween_IncludesBothBounds(double amount, bool fires)
    {
        var set = With(Rule(RiskCondition.Compare("arrears.financial.amount", ComparisonOperator.Between, 1_000_000, 20_000_000), 8));

        Assert.Equal(fires ? 8 : 0, Score(set, Household([Signal("arrears.financial.amount", amount)])).Score);
    }

    [Theory]
    [InlineData(-1, false)] // observed the day after the as-of date: not yet known
    [InlineData(0, true)] // the as-of date itself: the window closes here
    [InlineData(90, true)] // exactly 90 days before: the window opens here
    [InlineData(91, false)] // one day before the window opens
    public void Evaluate_WhenRecencyWindowIs90Days_CountsFromOpeningToClosingDayInclusive(int daysBefore, bool fires)
    {
        var set = With(Rule(RiskCondition.Present("utility.gas.cutoff", withinDays: 90), 10));
        var household = Household([Signal("utility.gas.cutoff", on: AsOf.PlusDays(-daysBefore))]);

        Assert.Equal(fires ? 10 : 0, Score(set, household).Score);
    }

    [Fact]
    public void Evaluate_WhenAnySignalOfTheIndicatorMatches_TheComparisonHolds()
    {
        var set = With(Rule(RiskCondition.Compare("arrears.telecom.months", ComparisonOperator.GreaterOrEqual, 3, withinDays: 30), 8));
        var old = Signal("arrears.telecom.months", 6, AsOf.PlusDays(-200));
        var recent = Signal("arrears.telecom.months", 1, AsOf.PlusDays(-10));

        Assert.Equal(0, Score(set, Household([old, recent])).Score);
        Assert.Equal(8, Score(set, Household([old, recent, Signal("arrears.telecom.months", 3, AsOf.PlusDays(-30))])).Score);
    }

    [Theory]
    [InlineData(HouseholdPredicate.LivesAloneAged65Plus, 1950, true)]
    [InlineData(HouseholdPredicate.LivesAloneAged65Plus, 1961, false)] // 64 in 2025
    [InlineData(HouseholdPredicate.LivesAloneAged65Plus, 1960, true)] // 65 in 2025
    [InlineData(HouseholdPredicate.LivesAloneWorkingAge, 1980, true)]
    public void Evaluate_WhenHouseholdPredicate_UsesTheAgeReachedInTheAsOfYear(HouseholdPredicate predicate, int birthYear, bool fires)
    {
        var set = With(Rule(RiskCondition.Household(predicate), 8));

        Assert.Equal(fires ? 8 : 0, Score(set, Household(members: [new HouseholdMember(MemberRole.Head, birthYear)])).Score);
    }

    [Fact]
    public void Evaluate_WhenSingleParentWithYoungChild_HoldsOnlyWithoutSpouse()
    {
        var set = With(Rule(RiskCondition.Household(HouseholdPredicate.SingleParentWithChildUnder18), 5));
        HouseholdMember[] single = [new(MemberRole.Head, 1985), new(MemberRole.Child, 2015)];
        HouseholdMember[] couple = [new(MemberRole.Head, 1985), new(MemberRole.Spouse, 1986), new(MemberRole.Child, 2015)];

        Assert.Equal(5, Score(set, Household(members: single)).Score);
        Assert.Equal(0, Score(set, Household(members: couple)).Score);
    }

    [Fact]
    public void Evaluate_WhenAsOfMonthListed_Holds()
    {
        var set = With(Rule(new AllCondition([new AsOfMonthCondition([12, 1, 2]), RiskCondition.Present("utility.gas.cutoff")]), 10));
        var household = Household([Signal("utility.gas.cutoff", on: new(2024, 11, 1))]);

        Assert.Equal(10, Score(set, household, new(2025, 1, 15)).Score);
        Assert.Equal(0, Score(set, household, new(2024, 11, 15)).Score);
    }

    [Fact]
    public void Evaluate_Combinators_AllAnyAndAtLeast()
    {
        var a = RiskCondition.Present("utility.electricity.cutoff");
        var b = RiskCondition.Present("utility.water.cutoff");
        var c = RiskCondition.Present("utility.gas.cutoff");
        var set = With(
            Rule(RiskCondition.All(a, b), 1, "all"),
            Rule(RiskCondition.Any(a, b), 10, "any"),
            Rule(RiskCondition.AtLeast(2, a, b, c), 100, "two-of-three"));

        Assert.Equal(0, Score(set, Household()).Score);
        Assert.Equal(10, Score(set, Household([Signal("utility.water.cutoff")])).Score);
        Assert.Equal(110, Score(set, Household([Signal("utility.water.cutoff"), Signal("utility.gas.cutoff")])).Score);
        Assert.Equal(111, Score(set, Household([Signal("utility.water.cutoff"), Signal("utility.electricity.cutoff")])).Score);
    }

    [Theory]
    [InlineData(19, 0)]
    [InlineData(20, 1)]
    [InlineData(39, 1)]
    [InlineData(40, 2)]
    [InlineData(69, 2)]
    [InlineData(70, 3)]
    public void Evaluate_AtTierBoundaries_TheMinimumScoreBelongsToTheTier(int points, int tier)
    {
        var set = With(Rule(RiskCondition.Present("victim.crime"), points));

        Assert.Equal(tier, Score(set, Household([Signal("victim.crime")])).Tier);
    }

    [Fact]
    public void Evaluate_WhenScoreIsNegative_GivesTheLowestTier()
    {
        var set = With(Rule(RiskCondition.Household(HouseholdPredicate.UnderCaseManagement), -15));

        Assert.Equal(new RiskScore(-15, 0), Score(set, Household(programmes: ProgrammeStatus.UnderCaseManagement)));
    }

    [Fact]
    public void Evaluate_WhenRedFlagFires_ForcesItsMinimumTierWhateverTheScore()
    {
        var flag = new RedFlag("self-harm", "PHQ-9 item 9 above 0", RiskCondition.Compare("screening.phq9.item9", ComparisonOperator.Greater, 0), "urgent");
        var set = Set([Rule(RiskCondition.Present("victim.crime"), 5)], [flag]);

        Assert.Equal(new RiskScore(0, 3), Score(set, Household([Signal("screening.phq9.item9", 1, source: SignalSource.SessionScreening)])));
        Assert.Equal(new RiskScore(0, 0), Score(set, Household([Signal("screening.phq9.item9", 0, source: SignalSource.SessionScreening)])));
    }

    [Fact]
    public void Evaluate_WhenRedFlagTierIsBelowTheScoreTier_KeepsTheHigherTier()
    {
        var flag = new RedFlag("crime", "crime", RiskCondition.Present("victim.crime"), "medium");
        var set = Set([Rule(RiskCondition.Present("victim.crime"), 75)], [flag]);

        Assert.Equal(new RiskScore(75, 3), Score(set, Household([Signal("victim.crime")])));
    }

    [Fact]
    public void Explain_ListsEveryContributionAndRedFlagWithTheSignalsUsed()
    {
        var evaluator = RiskEvaluator.Compile(BuiltInRuleSets.NationalOutreach);
        var cutoff = Signal("utility.electricity.cutoff", on: new(2025, 1, 10));
        var household = Household([cutoff, Signal("victim.crime", on: new(2020, 1, 1))], members: [new HouseholdMember(MemberRole.Head, 1940)]);

        var assessment = evaluator.Explain(household, new(2025, 1, 20));

        Assert.Equal(["utility-cutoff", "elder-alone", "lonely-death-pattern"], assessment.Contributions.Select(c => c.RuleId));
        Assert.Equal([cutoff], assessment.Contributions[0].Signals);
        Assert.Empty(assessment.Contributions[1].Signals);
        Assert.Equal("winter-cutoff-elder", Assert.Single(assessment.RedFlags).RedFlagId);
        Assert.Equal(43, assessment.Score);
        Assert.Equal("high", assessment.Tier.Id);
        Assert.Equal(new(2025, 1, 27), assessment.RespondBy);
        Assert.Equal(("kr.national-outreach", "2025.1"), (assessment.RuleSetId, assessment.RuleSetVersion));
        Assert.Equal("utility-cutoff(+25);elder-alone(+8);lonely-death-pattern(+10);!winter-cutoff-elder", assessment.Reasons());
    }

    [Fact]
    public void Evaluate_Batch_AllocatesNothingPerHousehold()
    {
        var evaluator = RiskEvaluator.Compile(BuiltInRuleSets.NationalOutreach);
        var batch = HouseholdBatch.Create(SyntheticPopulation.Generate(AsOf, households: 2_000), AsOf);
        var results = new RiskScore[batch.Count];
        evaluator.Evaluate(batch, results);

        var before = GC.GetAllocatedBytesForCurrentThread();
        evaluator.Evaluate(batch, results);
        for (var i = 0; i < batch.Count; i++)
        {
            results[i] = evaluator.Evaluate(batch, i);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Evaluate_Batch_EqualsTheReferenceInterpreterOnTheSyntheticPopulation()
    {
        var set = BuiltInRuleSets.NationalOutreach;
        var evaluator = RiskEvaluator.Compile(set);
        var asOf = new LocalDate(2025, 1, 31);
        var households = SyntheticPopulation.Generate(asOf, seed: 7, households: 3_000).ToList();
        var batch = HouseholdBatch.Create(households, asOf);
        var results = new RiskScore[batch.Count];

        evaluator.Evaluate(batch, results);

        for (var i = 0; i < households.Count; i++)
        {
            Assert.Equal(RiskInterpreter.Evaluate(set, HouseholdFacts.Of(households[i], asOf), asOf), results[i]);
        }

        Assert.Contains(results, r => r.Tier == 3);
        Assert.Contains(results, r => r.Tier == 2);
    }

    [Fact]
    public void Evaluate_WhenBatchUsesAnotherCatalog_Throws()
    {
        var extra = new IndicatorDefinition(new("city.heating-voucher.missed"), new("난방바우처 미사용", "Heating voucher unused"), IndicatorKind.Flag, "", "city", new(2020, 1, 1));
        var evaluator = RiskEvaluator.Compile(BuiltInRuleSets.NationalOutreach);
        var batch = HouseholdBatch.Create([Household()], AsOf, IndicatorCatalog.National.With([extra]));

        Assert.Throws<ArgumentException>(() => evaluator.Evaluate(batch, 0));
    }
}
