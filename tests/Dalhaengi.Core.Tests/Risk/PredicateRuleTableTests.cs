using Dalhaengi.Core.Households;
using Dalhaengi.Core.Risk;

namespace Dalhaengi.Core.Tests.Risk;

public sealed class PredicateRuleTableTests
{
    private static uint Bit(HouseholdPredicate p) => 1u << (int)p;

    [Fact]
    public void Apply_WhenSeveralFoldedFactsHold_AddsTheirPointsAndKeepsTheHighestTier()
    {
        var table = PredicateRuleTable.Build(
        [
            (Bit(HouseholdPredicate.LivesAloneAged65Plus), 8, -1),
            (Bit(HouseholdPredicate.Unreachable), 10, -1),
            (Bit(HouseholdPredicate.Unreachable), 0, 2),
            (Bit(HouseholdPredicate.UnderCaseManagement), -15, 1),
        ]);
        var score = 3;
        var forced = -1;

        table.Apply(Bit(HouseholdPredicate.LivesAloneAged65Plus) | Bit(HouseholdPredicate.Unreachable) | Bit(HouseholdPredicate.UnderCaseManagement), ref score, ref forced);

        Assert.Equal(3 + 8 + 10 - 15, score);
        Assert.Equal(2, forced);
    }

    [Fact]
    public void Apply_WhenOnlyFactsOutsideTheTableHold_ChangesNothing()
    {
        var table = PredicateRuleTable.Build([(Bit(HouseholdPredicate.NearPoor), 5, -1)]);
        var score = 7;
        var forced = 1;

        table.Apply(Bit(HouseholdPredicate.HasChildUnder18) | Bit(HouseholdPredicate.Moved), ref score, ref forced);

        Assert.Equal(7, score);
        Assert.Equal(1, forced);
        Assert.Equal(Bit(HouseholdPredicate.NearPoor), table.Mask);
    }

    [Fact]
    public void Apply_WhenNoRuleIsFolded_ChangesNothing()
    {
        var table = PredicateRuleTable.Build([]);
        var score = 0;
        var forced = -1;

        table.Apply(uint.MaxValue, ref score, ref forced);

        Assert.Equal((0, -1), (score, forced));
    }

    [Fact]
    public void Apply_OverEveryCombinationOfFacts_EqualsAddingRuleByRule()
    {
        var rules = Enum.GetValues<HouseholdPredicate>().Select((p, i) => (Bit(p), (i * 7 % 23) - 5, (i % 5) - 1)).ToArray();
        var table = PredicateRuleTable.Build(rules);
        var random = new Random(3);
        for (var n = 0; n < 2_000; n++)
        {
            var facts = (uint)random.Next(1 << 15);
            var (score, forced) = (0, -1);
            table.Apply(facts, ref score, ref forced);

            var expectedScore = rules.Where(r => (facts & r.Item1) != 0).Sum(r => r.Item2);
            var expectedTier = rules.Where(r => (facts & r.Item1) != 0).Select(r => r.Item3).DefaultIfEmpty(-1).Max();
            Assert.Equal((expectedScore, expectedTier), (score, forced));
        }
    }
}
