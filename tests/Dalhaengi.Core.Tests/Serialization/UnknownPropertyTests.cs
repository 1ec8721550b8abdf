using Dalhaengi.Core.Risk;

namespace Dalhaengi.Core.Tests.Serialization;

/// <summary>
/// An unknown property deep inside a document is named with the nearest property of that object, found through the
/// source-generated metadata alone (the reader no longer looks a type up by name, which trimming and Native AOT break).
/// </summary>
public sealed class UnknownPropertyTests
{
    private static readonly string Rules = RiskRuleSetJson.Serialize(BuiltInRuleSets.NationalOutreach);

    [Fact]
    public void Parse_AMisspeltPropertyInANestedCondition_SuggestsTheConditionsOwnProperty()
    {
        var at = Rules.IndexOf("\"indicator\":", StringComparison.Ordinal);
        var json = string.Concat(Rules.AsSpan(0, at), "\"indicatr\":", Rules.AsSpan(at + "\"indicator\":".Length));

        var ex = Assert.Throws<DalhaengiValidationException>(() => RiskRuleSetJson.Parse(json));

        var problem = Assert.Single(ex.Problems);
        Assert.StartsWith("unknown property 'indicatr'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("(line ", problem.Message, StringComparison.Ordinal);
        Assert.Equal("did you mean 'indicator'?", problem.Hint);
        Assert.StartsWith("$.rules[", problem.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AMisspeltPropertyInATier_SuggestsTheTiersOwnProperty()
    {
        var at = Rules.IndexOf("\"minScore\":", StringComparison.Ordinal);
        var json = string.Concat(Rules.AsSpan(0, at), "\"minScor\":", Rules.AsSpan(at + "\"minScore\":".Length));

        var ex = Assert.Throws<DalhaengiValidationException>(() => RiskRuleSetJson.Parse(json));

        var problem = Assert.Single(ex.Problems);
        Assert.StartsWith("unknown property 'minScor'", problem.Message, StringComparison.Ordinal);
        Assert.Equal("did you mean 'minScore'?", problem.Hint);
    }
}
