using Dalhaengi.Core.Households;
using Dalhaengi.Core.Risk;
using Dalhaengi.Core.Tests.Risk;
using FsCheck;
using FsCheck.Fluent;

namespace Dalhaengi.Core.Tests.Arbitraries;

/// <summary>Generators of valid rule sets and households over a small pool of indicators, so conditions often meet signals.</summary>
public static class RiskArbitraries
{
    private static readonly string[] Flags = ["victim.crime", "utility.gas.cutoff", "observation.isolated"];

    private static readonly (string Code, int Max)[] Valued = [("arrears.gas.months", 12), ("screening.phq9.total", 27), ("screening.phq9.item9", 3)];

    private static readonly int?[] Windows = [null, 0, 30, 90, 365];

    public static Gen<RiskCondition> Conditions(int depth)
    {
        var present =
            from code in Gen.Elements(Flags.Concat(Valued.Select(v => v.Code)).ToArray())
            from window in Gen.Elements(Windows)
            select (RiskCondition)RiskCondition.Present(code, window);
        var compare =
            from v in Gen.Elements(Valued)
            from op in Gen.Elements(Enum.GetValues<ComparisonOperator>())
            from a in Gen.Choose(0, v.Max)
            from b in Gen.Choose(0, v.Max)
            from window in Gen.Elements(Windows)
            select (RiskCondition)(op == ComparisonOperator.Between
                ? RiskCondition.Compare(v.Code, op, Math.Min(a, b), Math.Max(a, b), window)
                : RiskCondition.Compare(v.Code, op, a, null, window));
        var household = Gen.Elements(Enum.GetValues<HouseholdPredicate>()).Select(p => (RiskCondition)RiskCondition.Household(p));
        var month = Gen.SubListOf(Enumerable.Range(1, 12).ToArray()).Where(m => m.Count > 0).Select(m => (RiskCondition)new AsOfMonthCondition(m));
        var atoms = Gen.Frequency((4, present), (4, compare), (2, household), (1, month));
        if (depth <= 0)
        {
            return atoms;
        }

        var children = Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Conditions(depth - 1), n));
        var combined = Gen.OneOf(
            children.Select(c => (RiskCondition)new AllCondition(c)),
            children.Select(c => (RiskCondition)new AnyCondition(c)),
            children.SelectMany(c => Gen.Choose(1, c.Length).Select(k => (RiskCondition)new AtLeastCondition(k, c))));
        return Gen.Frequency((3, atoms), (2, combined));
    }

    public static Gen<RiskRuleSet> RuleSets(int minPoints) =>
        from ruleCount in Gen.Choose(1, 8)
        from conditions in Gen.ArrayOf(Conditions(2), ruleCount)
        from points in Gen.ArrayOf(Gen.Choose(minPoints, 40), ruleCount)
        from flagCount in Gen.Choose(0, 2)
        from flagConditions in Gen.ArrayOf(Conditions(1), flagCount)
        from flagTiers in Gen.ArrayOf(Gen.Elements("low", "medium", "high", "urgent"), flagCount)
        select TestRules.Set(
            conditions.Select((c, i) => new ScoringRule($"r{i}", $"rule {i}", c, points[i])),
            flagConditions.Select((c, i) => new RedFlag($"f{i}", $"flag {i}", c, flagTiers[i])));

    public static Gen<CrisisSignal> Signals =>
        Gen.OneOf(
            from code in Gen.Elements(Flags)
            from days in Gen.Choose(-10, 400)
            select TestRules.Signal(code, 1, TestRules.AsOf.PlusDays(-days)),
            from v in Gen.Elements(Valued)
            from value in Gen.Choose(0, v.Max)
            from days in Gen.Choose(-10, 400)
            select TestRules.Signal(v.Code, value, TestRules.AsOf.PlusDays(-days), SignalSource.SessionScreening));

    public static Gen<HouseholdMember> Members =>
        from role in Gen.Elements(Enum.GetValues<MemberRole>().Where(r => r != MemberRole.Head).ToArray())
        from year in Gen.Choose(1925, 2024)
        from disabled in Gen.Frequency((1, Gen.Constant(true)), (5, Gen.Constant(false)))
        from chronic in Gen.Elements(true, false)
        select new HouseholdMember(role, year, disabled, chronic);

    public static Gen<Household> Households =>
        from headYear in Gen.Choose(1925, 2005)
        from others in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Members, n))
        from signals in Gen.Choose(0, 6).SelectMany(n => Gen.ArrayOf(Signals, n))
        from contact in Gen.Elements(Enum.GetValues<ContactStatus>())
        from housing in Gen.Elements(Enum.GetValues<HousingType>())
        from programmes in Gen.Choose(0, 7)
        select TestRules.Household(signals, [new HouseholdMember(MemberRole.Head, headYear), .. others], "hh-1", contact, (ProgrammeStatus)programmes, housing);

    public static Arbitrary<RiskRuleSet> RuleSet() => RuleSets(-20).ToArbitrary();
}
