using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Tests.Arbitraries;
using FsCheck.Xunit;

namespace Dalhaengi.Core.Tests.Geography;

public sealed class MunicipalityJsonTests
{
    private const string Valid = """
        {
          "$schema": "dalhaengi.municipality/1",
          "code": "41830",
          "name": { "ko": "양평군", "en": "Yangpyeong County" },
          "regionType": "rural",
          "districts": [
            { "code": "4183031000", "name": { "ko": "강상면", "en": "Gangsang-myeon" }, "kind": "myeon", "population": 10586, "populationAsOf": "2021-10-31" }
          ],
          "sites": [
            { "id": "s1", "district": "4183031000", "name": { "ko": "대석2리 마을회관", "en": "Daeseok 2-ri village hall" }, "kind": "village-hall", "village": "대석2리" }
          ]
        }
        """;

    [Property(Arbitrary = [typeof(GeographyArbitraries)])]
    public bool AnyValidMunicipality_SurvivesAJsonRoundTrip(Municipality municipality) =>
        MunicipalityJson.Parse(MunicipalityJson.Serialize(municipality)).Equals(municipality);

    [Fact]
    public void BuiltInDefaults_SurviveAJsonRoundTrip()
    {
        Assert.Equal(BuiltInMunicipalities.Yangpyeong, MunicipalityJson.Parse(MunicipalityJson.Serialize(BuiltInMunicipalities.Yangpyeong)));
        Assert.Equal(BuiltInMunicipalities.Hwaseong, MunicipalityJson.Parse(MunicipalityJson.Serialize(BuiltInMunicipalities.Hwaseong)));
    }

    [Fact]
    public void Parse_ValidDocument_ReadsEveryField()
    {
        var m = MunicipalityJson.Parse(Valid);

        var d = Assert.Single(m.Districts);
        Assert.Equal(10586, d.Population);
        Assert.Equal(new NodaTime.LocalDate(2021, 10, 31), d.PopulationAsOf);
        Assert.Equal("대석2리", Assert.Single(m.Sites).Village);
    }

    [Theory]
    [InlineData("\"kind\": \"myeon\"", "\"kind\": \"township\"", "$.districts[0].kind")]
    [InlineData("\"kind\": \"village-hall\"", "\"kind\": \"hall\"", "$.sites[0].kind")]
    [InlineData("\"populationAsOf\": \"2021-10-31\"", "\"populationAsOf\": \"31/10/2021\"", "$.districts[0].populationAsOf")]
    [InlineData("{ \"ko\": \"강상면\", \"en\": \"Gangsang-myeon\" }", "{ \"ko\": \"\", \"en\": \"Gangsang-myeon\" }", "$.districts[0].name.ko")]
    [InlineData("\"district\": \"4183031000\"", "\"district\": \"4183099999\"", "$.sites[0].district")]
    [InlineData("\"id\": \"s1\"", "\"id\": \"사이트\"", "$.sites[0].id")]
    [InlineData("\"regionType\": \"rural\"", "\"regionType\": \"farm\"", "$.regionType")]
    public void Parse_WhenAFieldIsWrong_NamesItsJsonPath(string find, string replace, string path)
    {
        var ex = Assert.Throws<DalhaengiValidationException>(() => MunicipalityJson.Parse(Valid.Replace(find, replace, StringComparison.Ordinal), "yp.json"));

        Assert.Equal("yp.json", ex.Source);
        Assert.Contains(ex.Problems, p => p.Path == path);
    }

    [Fact]
    public void Parse_WhenJsonIsMalformed_GivesPathAndLine()
    {
        var ex = Assert.Throws<DalhaengiValidationException>(() => MunicipalityJson.Parse(Valid.Replace("\"rural\",", "\"rural\" \"x\",", StringComparison.Ordinal)));

        var problem = Assert.Single(ex.Problems);
        Assert.Contains("line 5", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenPropertyIsUnknown_RejectsIt()
    {
        var ex = Assert.Throws<DalhaengiValidationException>(() => MunicipalityJson.Parse(Valid.Replace("\"regionType\"", "\"regoinType\": \"x\", \"regionType\"", StringComparison.Ordinal)));

        Assert.Contains("regoinType", Assert.Single(ex.Problems).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReportsSeveralMistakesInOnePass()
    {
        var json = Valid.Replace("\"kind\": \"myeon\"", "\"kind\": \"x\"", StringComparison.Ordinal)
            .Replace("\"kind\": \"village-hall\"", "\"kind\": \"y\"", StringComparison.Ordinal);

        Assert.Equal(2, Assert.Throws<DalhaengiValidationException>(() => MunicipalityJson.Parse(json)).Problems.Count);
    }
}
