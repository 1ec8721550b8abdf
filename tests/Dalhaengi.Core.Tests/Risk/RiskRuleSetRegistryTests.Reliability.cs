using Dalhaengi.Core.Internal;
using Dalhaengi.Core.Risk;

namespace Dalhaengi.Core.Tests.Risk;

public sealed class RiskRuleSetRegistryReliabilityTests
{
    [Fact]
    public void WithJson_WhenACopyKeepsTheBuiltInIdAndVersion_NamesBoth()
    {
        var copy = EmbeddedData.ReadText("risk/kr.national-outreach.json");

        var ex = Assert.Throws<DalhaengiValidationException>(() => new RiskRuleSetRegistry().WithJson(copy, "city-copy.json"));

        Assert.Equal("city-copy.json", ex.Source);
        Assert.Contains(BuiltInRuleSets.NationalOutreach.ToString(), ex.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("built-in", ex.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithJson_WhenTheCopyHasItsOwnVersion_TheBuiltInStaysTheBuiltIn()
    {
        var national = BuiltInRuleSets.NationalOutreach;
        var copy = EmbeddedData.ReadText("risk/kr.national-outreach.json")
            .Replace($"\"version\": \"{national.Version}\"", "\"version\": \"2025.1-city\"", StringComparison.Ordinal);

        var registry = new RiskRuleSetRegistry().WithJson(copy, "city-copy.json");

        Assert.Same(national, registry.Resolve(national.ToString()));
        Assert.Equal("2025.1-city", registry.Resolve(national.Id + "@2025.1-city").Version);
    }

    [Fact]
    public void Parse_WhenAnOverlayOverridesTheSameRuleTwice_RefusesBothPaths()
    {
        var rule = BuiltInRuleSets.NationalOutreach.Rules[0].Id;
        var overlay = RiskRuleSetRegistryTests.Overlay(
            $$"""
            "overrideRules": [{"id": "{{rule}}", "points": 25}, {"id": "{{rule}}", "points": 99}]
            """);

        var ex = Assert.Throws<DalhaengiValidationException>(() => new RiskRuleSetRegistry().Parse(overlay, "city.json"));

        Assert.Contains(ex.Problems, p => p.Path == "$.overrideRules[1].id" && p.Message.Contains("$.overrideRules[0]", StringComparison.Ordinal));
    }
}
