using System.Text;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Internal;
using Dalhaengi.Core.Risk;

namespace Dalhaengi.Core.Tests.Reliability;

public sealed class DocumentReaderTests
{
    private static string National => EmbeddedData.ReadText("risk/kr.national-outreach.json");

    [Fact]
    public void Load_WhenAKeyIsRepeated_RefusesWithItsPath()
    {
        var json = National.Replace("\"points\": ", "\"points\": 99, \"points\": ", StringComparison.Ordinal);

        var ex = Assert.Throws<DalhaengiValidationException>(() => RiskRuleSetJson.Parse(json, IndicatorCatalog.National));

        Assert.Contains(ex.Problems, p => p.Path == "$.rules[0].points" && p.Message.Contains("more than once", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_WhenTheFileIsCp949_NamesTheEncodingAndHowToConvert()
    {
        // "양평" in CP949 is B8 E7 C6 F2.
        var bytes = Encoding.ASCII.GetBytes("{\"name\": \"").Concat(new byte[] { 0xB8, 0xE7, 0xC6, 0xF2 }).Concat(Encoding.ASCII.GetBytes("\"}")).ToArray();

        var ex = Assert.Throws<DalhaengiValidationException>(() => MunicipalityJson.Load(new MemoryStream(bytes), "yangpyeong.json"));

        Assert.Equal("yangpyeong.json", ex.Source);
        Assert.Contains("CP949", ex.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("iconv -f cp949 -t utf-8", ex.Problems[0].Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenTheTextWasDecodedLossily_Refuses()
    {
        var json = EmbeddedData.ReadText("municipalities/yangpyeong.json").Replace("양평", "\uFFFD\uFFFD", StringComparison.Ordinal);

        var ex = Assert.Throws<DalhaengiValidationException>(() => MunicipalityJson.Parse(json));

        Assert.Contains("U+FFFD", ex.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenAnyStringHoldsAnRrn_RefusesWithoutEchoingIt()
    {
        var json = EmbeddedData.ReadText("municipalities/yangpyeong.json").Replace("양평", "900101－1234567", StringComparison.Ordinal);

        var ex = Assert.Throws<DalhaengiValidationException>(() => MunicipalityJson.Parse(json));

        Assert.Contains(ex.Problems, p => p.Message.Contains("resident registration number", StringComparison.Ordinal));
        Assert.DoesNotContain("1234567", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenANameHoldsAControlCharacter_RefusesWithItsPath()
    {
        var json = EmbeddedData.ReadText("municipalities/yangpyeong.json").Replace("양평", "양\\t평", StringComparison.Ordinal);

        var ex = Assert.Throws<DalhaengiValidationException>(() => MunicipalityJson.Parse(json));

        Assert.Contains(ex.Problems, p => p.Path.EndsWith(".ko", StringComparison.Ordinal) && p.Message.Contains("control character", StringComparison.Ordinal));
    }

    [Fact]
    public void BilingualName_WhenANameHoldsALineBreak_Throws() =>
        Assert.Throws<ArgumentException>(() => new BilingualName("양평\n읍", "Yangpyeong-eup"));
}
