using Dalhaengi.Core.Risk;

namespace Dalhaengi.Core.Tests.Serialization;

/// <summary>
/// An unpaired UTF-16 surrogate escape (<c>\uD800</c> without its pair) is a mistake in the file: it is refused with
/// its path and line, never turned into U+FFFD and never an unhandled exception, wherever it stands.
/// </summary>
public sealed class SurrogateEscapeTests
{
    private static readonly string Rules = RiskRuleSetJson.Serialize(BuiltInRuleSets.NationalOutreach);

    [Theory]
    [InlineData("\\ud800 긴 설명 긴 설명 긴 설명")]
    [InlineData("\\udc00")]
    [InlineData("a\\ud800b")]
    public void Parse_ADescriptionWithAnUnpairedSurrogate_IsRefusedWithItsPathAndLine(string written)
    {
        var ex = Assert.Throws<DalhaengiValidationException>(() => RiskRuleSetJson.Parse(Replace("\"description\": \"", written)));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal("$.description", problem.Path);
        Assert.Contains("surrogate", problem.Message, StringComparison.Ordinal);
        Assert.Matches(@"\(line \d+\)", problem.Message);
    }

    [Fact]
    public void Parse_AKeyWithAnUnpairedSurrogate_IsRefused()
    {
        var json = Rules.Replace("\"description\":", "\"desc\\ud800\":", StringComparison.Ordinal);

        var ex = Assert.Throws<DalhaengiValidationException>(() => RiskRuleSetJson.Parse(json));

        Assert.Contains(ex.Problems, p => p.Message.Contains("surrogate", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_APairedSurrogateEscape_IsRead() =>
        Assert.StartsWith("\U0001F600", RiskRuleSetJson.Parse(Replace("\"description\": \"", "\\ud83d\\ude00")).Description, StringComparison.Ordinal);

    private static string Replace(string marker, string written)
    {
        var at = Rules.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        return string.Concat(Rules.AsSpan(0, at), written, Rules.AsSpan(at));
    }
}
