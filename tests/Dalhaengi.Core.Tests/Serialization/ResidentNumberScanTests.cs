using Dalhaengi.Core.Risk;

namespace Dalhaengi.Core.Tests.Serialization;

/// <summary>
/// The scan before deserializing finds a resident registration number in any string of a file, however the JSON
/// writes it, and reports its path without echoing it.
/// </summary>
public sealed class ResidentNumberScanTests
{
    private static readonly string Rules = RiskRuleSetJson.Serialize(BuiltInRuleSets.NationalOutreach);

    [Theory]
    [InlineData("상담 메모 900101-1234567")]
    [InlineData("\\u0039\\u0030\\u0030\\u0031\\u0030\\u0031-1234567")]
    [InlineData("９００１０１－１２３４５６７")]
    public void Parse_ADescriptionHoldingAResidentNumber_IsRefusedWithItsPath(string written)
    {
        var ex = Assert.Throws<DalhaengiValidationException>(() => RiskRuleSetJson.Parse(WithDescription(written)));

        Assert.Contains(ex.Problems, p => p.Path == "$.description" && p.Message.Contains("주민등록번호", StringComparison.Ordinal));
        Assert.DoesNotContain("1234567", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("１２３４５６７", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ALongDescriptionWithAResidentNumberAtItsEnd_IsRefused()
    {
        var ex = Assert.Throws<DalhaengiValidationException>(() => RiskRuleSetJson.Parse(WithDescription(new string('가', 400) + " 9001011234567")));

        Assert.Contains(ex.Problems, p => p.Path == "$.description");
    }

    [Fact]
    public void Parse_ADescriptionOfTwelveDigits_IsAccepted() =>
        Assert.Equal("900101123456", RiskRuleSetJson.Parse(WithDescription("900101123456")).Description);

    private static string WithDescription(string written)
    {
        var at = Rules.IndexOf("\"description\": \"", StringComparison.Ordinal) + "\"description\": \"".Length;
        var end = Rules.IndexOf('"', at);
        return string.Concat(Rules.AsSpan(0, at), written, Rules.AsSpan(end));
    }
}
