using Dalhaengi.Core.Risk;

namespace Dalhaengi.Core.Tests.Risk;

public sealed class RiskRuleSetRegistryTests
{
    private const string Base = "kr.national-outreach@2025.1";

    internal static string Overlay(string body, string id = "city", string extends = Base) =>
        $$"""{"id": "{{id}}", "version": "1", "extends": "{{extends}}"{{(body.Length > 0 ? ", " + body : "")}}}""";

    private static RiskRuleSet Resolve(string body) => new RiskRuleSetRegistry().Parse(Overlay(body), "city.json");

    private static DalhaengiValidationException Fails(string body) =>
        Assert.Throws<DalhaengiValidationException>(() => Resolve(body));

    [Fact]
    public void Parse_WhenOverlayOverridesPoints_ChangesOnlyThatRule()
    {
        var resolved = Resolve("""
            "overrideRules": [{"id": "financial-arrears", "points": 12}]
            """);
        var national = BuiltInRuleSets.NationalOutreach;

        Assert.Equal(12, resolved.Rules.Single(r => r.Id == "financial-arrears").Points);
        Assert.Equal(national.Rules.Single(r => r.Id == "financial-arrears").When, resolved.Rules.Single(r => r.Id == "financial-arrears").When);
        Assert.Equal(national.Rules.Count, resolved.Rules.Count);
        Assert.Equal(["kr.national-outreach@2025.1", "city@1"], resolved.Lineage);
        Assert.Equal("city", resolved.Id);
    }

    [Fact]
    public void Parse_WhenOverlayReplacesACondition_UsesTheNewCondition()
    {
        var resolved = Resolve("""
            "overrideRules": [{"id": "telecom-arrears", "when": {"kind": "compare", "indicator": "arrears.telecom.months", "op": ">=", "value": 2}}]
            """);

        Assert.Equal(RiskCondition.Compare("arrears.telecom.months", ComparisonOperator.GreaterOrEqual, 2), resolved.Rules.Single(r => r.Id == "telecom-arrears").When);
    }

    [Fact]
    public void Parse_WhenOverlayDisablesARuleAndARedFlag_RemovesBoth()
    {
        var resolved = Resolve("""
            "disable": ["pension-arrears", "hypertensive-crisis"]
            """);

        Assert.DoesNotContain(resolved.Rules, r => r.Id == "pension-arrears");
        Assert.DoesNotContain(resolved.RedFlags, f => f.Id == "hypertensive-crisis");
    }

    [Fact]
    public void Parse_WhenOverlayAddsRulesAndRedFlags_AppendsThem()
    {
        var resolved = Resolve("""
            "addRules": [{"id": "gas-arrears-long", "description": "gas 6+", "points": 5, "when": {"kind": "compare", "indicator": "arrears.gas.months", "op": ">=", "value": 6}}],
            "addRedFlags": [{"id": "heat", "description": "no heating", "minimumTier": "medium", "when": {"kind": "present", "indicator": "observation.no-heating"}}]
            """);

        Assert.Equal("gas-arrears-long", resolved.Rules[^1].Id);
        Assert.Equal("heat", resolved.RedFlags[^1].Id);
    }

    [Fact]
    public void Parse_WhenOverlayChangesTierThresholdAndAction_KeepsTheOtherFields()
    {
        var resolved = Resolve("""
            "overrideTiers": [{"id": "medium", "minScore": 25, "action": "Phone check within two weeks"}],
            "overrideRedFlags": [{"id": "winter-cutoff-elder", "minimumTier": "urgent"}]
            """);
        var medium = resolved.Tiers.Single(t => t.Id == "medium");
        var old = BuiltInRuleSets.NationalOutreach.Tiers.Single(t => t.Id == "medium");

        Assert.Equal((25, "Phone check within two weeks", old.ResponseDays, old.Name), (medium.MinScore, medium.Action, medium.ResponseDays, medium.Name));
        Assert.Equal("urgent", resolved.RedFlags.Single(f => f.Id == "winter-cutoff-elder").MinimumTier);
    }

    [Fact]
    public void Parse_WhenOverlayHasNoChanges_GivesTheBaseContentWithTheOverlayIdentityAndLineage()
    {
        var national = BuiltInRuleSets.NationalOutreach;

        var resolved = Resolve("");

        Assert.Equal(national.Tiers, resolved.Tiers);
        Assert.Equal(national.Rules, resolved.Rules);
        Assert.Equal(national.RedFlags, resolved.RedFlags);
        Assert.Equal(national.Parameters, resolved.Parameters);
        Assert.Equal(national.EffectiveFrom, resolved.EffectiveFrom);
        Assert.Equal(national.Description, resolved.Description);
        Assert.True(RiskRuleSetComparer.Compare(national, resolved).IsEmpty);
    }

    [Fact]
    public void Resolve_WhenChainOfThree_AppliesInOrderAndRecordsTheLineage()
    {
        var registry = new RiskRuleSetRegistry()
            .WithJson(Overlay("""
                "overrideRules": [{"id": "financial-arrears", "points": 20}]
                """, id: "city", extends: "province@1"), "city.json")
            .WithJson(Overlay("""
                "overrideRules": [{"id": "financial-arrears", "points": 10}, {"id": "telecom-arrears", "points": 1}]
                """, id: "province"), "province.json");

        var city = registry.Resolve("city@1");

        Assert.Equal(20, city.Rules.Single(r => r.Id == "financial-arrears").Points);
        Assert.Equal(1, city.Rules.Single(r => r.Id == "telecom-arrears").Points);
        Assert.Equal(["kr.national-outreach@2025.1", "province@1", "city@1"], city.Lineage);
        Assert.Equal(city.Lineage, RiskEvaluator.Compile(city).Explain(TestRules.Household(), TestRules.AsOf).Lineage);
    }

    [Fact]
    public void Resolve_WhenOverlaysFormACycle_ReportsItAtExtends()
    {
        var registry = new RiskRuleSetRegistry()
            .WithJson(Overlay("", id: "a", extends: "b@1"), "a.json")
            .WithJson(Overlay("", id: "b", extends: "a@1"), "b.json");

        var ex = Assert.Throws<DalhaengiValidationException>(() => registry.Resolve("a@1"));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal("$.extends", problem.Path);
        Assert.Contains("a@1 → b@1 → a@1", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenBaseIsMissing_ReportsItAtExtends()
    {
        var ex = Assert.Throws<DalhaengiValidationException>(() => new RiskRuleSetRegistry().Parse(Overlay("", extends: "nowhere@9"), "city.json"));

        Assert.Equal("$.extends", Assert.Single(ex.Problems).Path);
        Assert.Contains("city.json", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"overrideRules\": [{\"id\": \"no-such-rule\", \"points\": 1}]", "$.overrideRules[0].id")]
    [InlineData("\"overrideRedFlags\": [{\"id\": \"no-such-flag\", \"minimumTier\": \"high\"}]", "$.overrideRedFlags[0].id")]
    [InlineData("\"overrideTiers\": [{\"id\": \"extreme\", \"minScore\": 90}]", "$.overrideTiers[0].id")]
    [InlineData("\"disable\": [\"utility-cutoff\", \"no-such-rule\"]", "$.disable[1]")]
    [InlineData("\"overrideParameters\": [{\"id\": \"p\", \"values\": [{\"start\": \"2020-01-01\", \"value\": 1}]}]", "$.overrideParameters[0].id")]
    [InlineData("\"addRules\": [{\"id\": \"x\", \"description\": \"\", \"points\": 500, \"when\": {\"kind\": \"present\", \"indicator\": \"victim.crime\"}}]", "$.addRules[0].points")]
    [InlineData("\"addRules\": [{\"id\": \"utility-cutoff\", \"description\": \"\", \"points\": 5, \"when\": {\"kind\": \"present\", \"indicator\": \"victim.crime\"}}]", "$.addRules[0].id")]
    [InlineData("\"addRules\": [{\"id\": \"x\", \"description\": \"\", \"points\": 5, \"when\": {\"kind\": \"present\", \"indicator\": \"no.such\"}}]", "$.addRules[0].when.indicator")]
    [InlineData("\"overrideTiers\": [{\"id\": \"high\", \"minScore\": 10}]", "$.overrideTiers[0].minScore")]
    [InlineData("\"rules\": []", "$.rules")]
    public void Parse_WhenOverlayIsInvalid_NamesTheJsonPathInTheOverlay(string body, string path)
    {
        var ex = Fails(body);

        Assert.Contains(ex.Problems, p => p.Path == path);
        Assert.Contains("city.json", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenAnOverrideBreaksAnInheritedElement_ReportsItAtExtendsWithTheResolvedPath()
    {
        var ex = Fails("""
            "overrideTiers": [{"id": "medium", "minScore": 50}]
            """);

        Assert.Contains(ex.Problems, p => p.Path == "$.extends" && p.Message.StartsWith("in the base at $.tiers[2].minScore:", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_WhenFullRuleSetUsesOverlayProperties_Rejects()
    {
        var json = """{"id": "x", "version": "1", "effectiveFrom": "2025-01-01", "tiers": [], "disable": ["a"]}""";

        var ex = Assert.Throws<DalhaengiValidationException>(() => RiskRuleSetJson.Parse(json));

        Assert.Contains(ex.Problems, p => p.Path == "$.disable");
    }

    [Fact]
    public void RiskRuleSetJsonParse_WhenOverlayOfABuiltIn_ResolvesWithoutARegistry()
    {
        var resolved = RiskRuleSetJson.Parse(Overlay(""));

        Assert.Equal(["kr.national-outreach@2025.1", "city@1"], resolved.Lineage);
    }

    [Fact]
    public void Resolve_WhenBareIdHasOneVersion_FindsIt()
    {
        Assert.Same(BuiltInRuleSets.NationalOutreach, new RiskRuleSetRegistry().Resolve("kr.national-outreach"));
        Assert.Throws<DalhaengiValidationException>(() => new RiskRuleSetRegistry().Resolve("kr.national-outreach@1999"));
    }
}
