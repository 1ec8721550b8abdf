using Dalhaengi.Core.Risk;

namespace Dalhaengi.Core.Tests.Risk;

public sealed class RiskRuleSetJsonTests
{
    private const string Tiers = """
        "tiers": [
          {"id": "low", "name": {"ko": "관찰", "en": "Low"}, "minScore": 0, "action": "Monitor", "responseDays": 60},
          {"id": "high", "name": {"ko": "고위험", "en": "High"}, "minScore": 40, "action": "Visit", "responseDays": 7}
        ]
        """;

    [Fact]
    public void NationalOutreach_LoadsCompilesAndRoundTripsToAnEqualRuleSet()
    {
        var set = BuiltInRuleSets.NationalOutreach;

        var again = RiskRuleSetJson.Parse(RiskRuleSetJson.Serialize(set));

        Assert.Equal(set, again);
        Assert.Equal(("kr.national-outreach", "2025.1"), (set.Id, set.Version));
        Assert.NotNull(RiskEvaluator.Compile(set));
    }

    [Fact]
    public void Parse_ValidFile_ReadsEveryConditionKind()
    {
        var json = "{\"id\": \"city.rules\", \"version\": \"1\", \"effectiveFrom\": \"2025-01-01\", " + Tiers + """
            , "rules": [
              {"id": "a", "description": "d", "points": 10, "when": {"kind": "present", "indicator": "utility.gas.cutoff", "withinDays": 60}},
              {"id": "b", "description": "d", "points": 5, "when": {"kind": "compare", "indicator": "arrears.financial.amount", "op": "between", "min": 1000000, "max": 20000000}},
              {"id": "c", "description": "d", "points": 5, "when": {"kind": "at-least", "count": 1, "conditions": [
                {"kind": "household", "predicate": "lives-alone-aged65-plus"},
                {"kind": "all", "conditions": [{"kind": "as-of-month", "months": [12, 1]}, {"kind": "any", "conditions": [{"kind": "compare", "indicator": "screening.phq9.total", "op": ">=", "value": 10}]}]}
              ]}}
            ],
            "redFlags": [{"id": "f", "description": "d", "minimumTier": "high", "when": {"kind": "compare", "indicator": "screening.phq9.item9", "op": ">", "value": 0}}]}
            """;

        var set = RiskRuleSetJson.Parse(json);

        Assert.Equal(RiskCondition.Present("utility.gas.cutoff", 60), set.Rules[0].When);
        Assert.Equal(RiskCondition.Compare("arrears.financial.amount", ComparisonOperator.Between, 1_000_000, 20_000_000), set.Rules[1].When);
        Assert.IsType<AtLeastCondition>(set.Rules[2].When);
        Assert.Equal(set, RiskRuleSetJson.Parse(RiskRuleSetJson.Serialize(set)));
    }

    public static TheoryData<string, string, string> Errors => new()
    {
        { "unknown indicator", Rule("\"points\": 5, \"when\": {\"kind\": \"present\", \"indicator\": \"utility.electricity.cut\"}"), "$.rules[0].when.indicator" },
        { "comparison on a flag", Rule("\"points\": 5, \"when\": {\"kind\": \"compare\", \"indicator\": \"utility.gas.cutoff\", \"op\": \">=\", \"value\": 1}"), "$.rules[0].when.op" },
        { "outside the indicator's range", Rule("\"points\": 5, \"when\": {\"kind\": \"compare\", \"indicator\": \"screening.phq9.total\", \"op\": \">=\", \"value\": 30}"), "$.rules[0].when.value" },
        { "fractional months", Rule("\"points\": 5, \"when\": {\"kind\": \"compare\", \"indicator\": \"arrears.gas.months\", \"op\": \">=\", \"value\": 2.5}"), "$.rules[0].when.value" },
        { "between reversed", Rule("\"points\": 5, \"when\": {\"kind\": \"compare\", \"indicator\": \"arrears.financial.amount\", \"op\": \"between\", \"min\": 5, \"max\": 1}"), "$.rules[0].when.max" },
        { "weight out of range", Rule("\"points\": 150, \"when\": {\"kind\": \"present\", \"indicator\": \"victim.crime\"}"), "$.rules[0].points" },
        { "unknown kind", Rule("\"points\": 5, \"when\": {\"kind\": \"none-of\"}"), "$.rules[0].when.kind" },
        { "unknown predicate", Rule("\"points\": 5, \"when\": {\"kind\": \"household\", \"predicate\": \"rich\"}"), "$.rules[0].when.predicate" },
        { "at-least too many", Rule("\"points\": 5, \"when\": {\"kind\": \"at-least\", \"count\": 3, \"conditions\": [{\"kind\": \"present\", \"indicator\": \"victim.crime\"}]}"), "$.rules[0].when.count" },
        { "empty any", Rule("\"points\": 5, \"when\": {\"kind\": \"any\", \"conditions\": []}"), "$.rules[0].when.conditions" },
        { "month 13", Rule("\"points\": 5, \"when\": {\"kind\": \"as-of-month\", \"months\": [13]}"), "$.rules[0].when.months[0]" },
        { "negative window", Rule("\"points\": 5, \"when\": {\"kind\": \"present\", \"indicator\": \"victim.crime\", \"withinDays\": -1}"), "$.rules[0].when.withinDays" },
        { "indicator newer than the rule set", Rule("\"points\": 5, \"when\": {\"kind\": \"present\", \"indicator\": \"loan.nps-emergency-old-age\"}", "2024-01-01"), "$.rules[0].when.indicator" },
        { "missing points", Rule("\"when\": {\"kind\": \"present\", \"indicator\": \"victim.crime\"}"), "$.rules[0].points" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Parse_InvalidRule_ReportsTheProblemAtItsPath(string what, string json, string path)
    {
        var ex = Assert.Throws<DalhaengiValidationException>(() => RiskRuleSetJson.Parse(json, source: "city.json"));

        Assert.True(ex.Problems.Any(p => p.Path == path), $"{what}: expected a problem at {path}, got {ex.Message}");
        Assert.Equal("city.json", ex.Source);
    }

    [Fact]
    public void Parse_FileWithManyMistakes_ReportsEveryOneAtOnceWithHints()
    {
        var json = """
            {"id": "bad", "version": "1", "effectiveFrom": "2025-01-01",
             "tiers": [
               {"id": "low", "name": {"ko": "관찰", "en": "Low"}, "minScore": 0, "action": "Monitor", "responseDays": 60},
               {"id": "high", "name": {"ko": "고위험", "en": "High"}, "minScore": 0, "action": "Visit", "responseDays": 7}
             ],
             "rules": [
               {"id": "dup", "description": "d", "points": 5, "when": {"kind": "present", "indicator": "victim.crime"}},
               {"id": "dup", "description": "d", "points": -101, "when": {"kind": "present", "indicator": "no.such.code"}}
             ],
             "redFlags": [{"id": "f", "description": "d", "minimumTier": "urgent", "when": {"kind": "present", "indicator": "victim.crime"}}]}
            """;

        var ex = Assert.Throws<DalhaengiValidationException>(() => RiskRuleSetJson.Parse(json));

        Assert.Equal(
            ["$.redFlags[0].minimumTier", "$.rules[1].id", "$.rules[1].points", "$.rules[1].when.indicator", "$.tiers[1].minScore"],
            ex.Problems.Select(p => p.Path).Order(StringComparer.Ordinal));
        Assert.All(ex.Problems, p => Assert.NotNull(p.Hint));
    }

    [Fact]
    public void Parse_EmptyRuleSet_IsAnError()
    {
        var json = "{\"id\": \"empty\", \"version\": \"1\", \"effectiveFrom\": \"2025-01-01\", " + Tiers + ", \"rules\": []}";

        var ex = Assert.Throws<DalhaengiValidationException>(() => RiskRuleSetJson.Parse(json));

        Assert.Equal("$.rules", Assert.Single(ex.Problems).Path);
    }

    [Fact]
    public void Parse_NoTiers_IsAnError()
    {
        var json = "{\"id\": \"x\", \"version\": \"1\", \"effectiveFrom\": \"2025-01-01\", \"tiers\": [], \"rules\": [{\"id\": \"a\", \"description\": \"d\", \"points\": 1, \"when\": {\"kind\": \"present\", \"indicator\": \"victim.crime\"}}]}";

        var ex = Assert.Throws<DalhaengiValidationException>(() => RiskRuleSetJson.Parse(json));

        Assert.Equal("$.tiers", Assert.Single(ex.Problems).Path);
    }

    [Fact]
    public void Parse_MalformedJson_ReportsTheLine()
    {
        var ex = Assert.Throws<DalhaengiValidationException>(() => RiskRuleSetJson.Parse("{\n\"id\": \"x\",\n\"version\": }"));

        Assert.Contains("line 3", Assert.Single(ex.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownProperty_IsRejected()
    {
        var ex = Assert.Throws<DalhaengiValidationException>(() => RiskRuleSetJson.Parse("{\"id\": \"x\", \"wieght\": 3}"));

        Assert.Contains("wieght", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_InvalidRuleSetBuiltInCode_ThrowsWithPaths()
    {
        var ex = Assert.Throws<DalhaengiValidationException>(() => TestRules.With(
            TestRules.Rule(RiskCondition.Present("victim.crime"), 5, "x"),
            TestRules.Rule(RiskCondition.AtLeast(0, RiskCondition.Present("victim.crime")), 5, "x")));

        Assert.Equal(["$.rules[1].id", "$.rules[1].when.count"], ex.Problems.Select(p => p.Path));
    }

    private static string Rule(string body, string effectiveFrom = "2025-01-01") =>
        "{\"id\": \"city.rules\", \"version\": \"1\", \"effectiveFrom\": \"" + effectiveFrom + "\", " + Tiers +
        ", \"rules\": [{\"id\": \"r\", \"description\": \"d\", " + body + "}]}";
}
