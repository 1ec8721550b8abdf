using Dalhaengi.Core.Households;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Risk;
using NodaTime;

namespace Dalhaengi.Core.Tests.Risk;

/// <summary>Small rule sets and households for the examples.</summary>
internal static class TestRules
{
    public static readonly LocalDate AsOf = new(2025, 6, 30);

    public static readonly DistrictCode District = new("4183025000");

    public static RiskTier[] Tiers =>
    [
        new("low", new("관찰", "Low"), 0, "Monitor", 60),
        new("medium", new("중위험", "Medium"), 20, "Phone check", 30),
        new("high", new("고위험", "High"), 40, "Visit", 7),
        new("urgent", new("긴급", "Urgent"), 70, "Same day", 0),
    ];

    public static RiskRuleSet With(params ScoringRule[] rules) => Set(rules, []);

    public static RiskRuleSet Set(IEnumerable<ScoringRule> rules, IEnumerable<RedFlag> flags) =>
        new("test.rules", "1", new LocalDate(2025, 1, 1), "test", Tiers, rules, flags);

    public static ScoringRule Rule(RiskCondition when, int points = 10, string id = "r") => new(id, "rule " + id, when, points);

    public static Household Household(IEnumerable<CrisisSignal>? signals = null, IEnumerable<HouseholdMember>? members = null, string id = "hh-1",
        ContactStatus contact = ContactStatus.Reachable, ProgrammeStatus programmes = ProgrammeStatus.None, HousingType housing = HousingType.DetachedHouse) =>
        new(new HouseholdId(id), District, members ?? [new HouseholdMember(MemberRole.Head, 1970)], housing, null, contact, default, programmes, signals);

    public static CrisisSignal Signal(string code, double value = 1, LocalDate? on = null, SignalSource source = SignalSource.NationalRound) =>
        new(new IndicatorCode(code), value, on ?? AsOf, source);

    /// <summary>Screens one household with the compiled evaluator and the reference interpreter; asserts they agree.</summary>
    public static RiskScore Score(RiskRuleSet set, Household household, LocalDate? asOf = null)
    {
        var date = asOf ?? AsOf;
        var evaluator = RiskEvaluator.Compile(set);
        var batch = HouseholdBatch.Create([household], date);
        var compiled = evaluator.Evaluate(batch, 0);
        var reference = RiskInterpreter.Evaluate(set, HouseholdFacts.Of(household, date), date);
        Assert.Equal(reference, compiled);
        var explained = evaluator.Explain(household, date);
        Assert.Equal(compiled.Score, explained.Score);
        Assert.Equal(set.Tiers[compiled.Tier], explained.Tier);
        return compiled;
    }
}
