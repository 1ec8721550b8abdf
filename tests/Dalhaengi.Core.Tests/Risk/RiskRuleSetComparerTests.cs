using Dalhaengi.Core.Risk;
using NodaTime;
using static Dalhaengi.Core.Tests.Risk.TestRules;

namespace Dalhaengi.Core.Tests.Risk;

public sealed class RiskRuleSetComparerTests
{
    private static readonly RuleParameter P1 = new("p", "a", new DatedParameter<double>([new(new LocalDate(2020, 1, 1), 3)]));

    private static RiskRuleSet Before => new("test.rules", "1", new LocalDate(2025, 1, 1), "test", Tiers,
        [Rule(RiskCondition.Present("victim.crime"), 10, "keep"), Rule(RiskCondition.Present("utility.gas.cutoff"), 25, "gone"), Rule(RiskCondition.Present("victim.disaster"), 8, "changed")],
        [new RedFlag("flag", "f", RiskCondition.Present("screening.phq9.item9"), "urgent")], [P1], []);

    [Fact]
    public void Compare_WhenEveryKindOfChange_ListsEachWithBeforeAndAfter()
    {
        var tiers = Tiers;
        tiers[1] = new RiskTier("medium", new("중위험", "Medium"), 25, "Phone check", 14);
        var after = new RiskRuleSet("test.rules", "2", new LocalDate(2025, 6, 1), "test", tiers,
            [Rule(RiskCondition.Present("victim.crime"), 10, "keep"), Rule(RiskCondition.Present("victim.disaster", 30), 12, "changed"), Rule(RiskCondition.Present("observation.no-heating"), 10, "added")],
            [new RedFlag("flag", "f", RiskCondition.Present("screening.phq9.item9"), "high"), new RedFlag("new-flag", "n", RiskCondition.Present("suicide.high-risk"), "high")],
            [new RuleParameter("p", "a", P1.Values.WithValue(new LocalDate(2024, 1, 1), 4)), new RuleParameter("q", "", P1.Values)], []);

        var diff = RiskRuleSetComparer.Compare(Before, after);

        string?[][] expected =
        [
            ["RuleSet", "Changed", "test.rules", "effectiveFrom", "2025-01-01", "2025-06-01"],
            ["Tier", "Changed", "medium", "minScore", "20", "25"],
            ["Tier", "Changed", "medium", "responseDays", "30", "14"],
            ["Rule", "Removed", "gone", null, "+25 when present utility.gas.cutoff", null],
            ["Rule", "Changed", "changed", "points", "+8", "+12"],
            ["Rule", "Changed", "changed", "when", "present victim.disaster", "present victim.disaster within 30 days"],
            ["Rule", "Added", "added", null, null, "+10 when present observation.no-heating"],
            ["RedFlag", "Changed", "flag", "minimumTier", "urgent", "high"],
            ["RedFlag", "Added", "new-flag", null, null, "at least high when present suicide.high-risk"],
            ["Parameter", "Changed", "p", "values", "[2020-01-01: 3] in force until changed", "[2020-01-01: 3, 2024-01-01: 4] in force until changed"],
            ["Parameter", "Added", "q", null, null, "[2020-01-01: 3] in force until changed"],
        ];
        Assert.Equal(expected, diff.Changes.Select(c => new[] { c.Element.ToString(), c.Kind.ToString(), c.Id, c.Field, c.Before, c.After }));
        Assert.Equal("test.rules@1", diff.Before);
        Assert.Equal("test.rules@2", diff.After);
    }

    [Fact]
    public void Compare_WhenRedFlagAndParameterRemoved_ListsThem()
    {
        var after = new RiskRuleSet("test.rules", "1", new LocalDate(2025, 1, 1), "test", Tiers, Before.Rules, [], [], []);

        var diff = RiskRuleSetComparer.Compare(Before, after);

        Assert.Equal([(RuleSetElement.RedFlag, "flag"), (RuleSetElement.Parameter, "p")], diff.Changes.Select(c => (c.Element, c.Id)));
        Assert.All(diff.Changes, c => Assert.Equal(RuleSetChangeKind.Removed, c.Kind));
    }

    [Fact]
    public void ToStringAndToMarkdown_WriteOneLineOrRowPerChange()
    {
        var after = new RiskRuleSet("test.rules", "2", new LocalDate(2025, 1, 1), "test", Tiers, [Rule(RiskCondition.Present("victim.crime"), 12, "keep")], Before.RedFlags, Before.Parameters, []);

        var diff = RiskRuleSetComparer.Compare(Before, after);

        Assert.Equal(
            "test.rules@1 → test.rules@2: 3 changes\n  ~ rule keep points: +10 → +12\n  - rule gone: +25 when present utility.gas.cutoff\n  - rule changed: +8 when present victim.disaster\n",
            diff.ToString());
        var markdown = diff.ToMarkdown();
        Assert.StartsWith("## test.rules@1 → test.rules@2\n\n3 changes.\n\n| Change | Element | Id | Field | Before | After |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| changed | rule | `keep` | points | +10 | +12 |\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_WhenTheSameRuleSet_IsEmpty()
    {
        var diff = RiskRuleSetComparer.Compare(BuiltInRuleSets.NationalOutreach, BuiltInRuleSets.NationalOutreach);

        Assert.True(diff.IsEmpty);
        Assert.Equal("kr.national-outreach@2025.1 → kr.national-outreach@2025.1: no changes\n", diff.ToString());
    }
}
