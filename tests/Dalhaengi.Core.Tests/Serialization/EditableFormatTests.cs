using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;

namespace Dalhaengi.Core.Tests.Serialization;

/// <summary>The files staff edit: errors in their words, Korean kept readable, English glosses optional.</summary>
public sealed class EditableFormatTests
{
    private const string Minimal = """
        {"$schema": "dalhaengi.municipality/1", "code": "c", "name": {"ko": "춘천시"}, "regionType": "medium-small-city",
         "districts": [{"code": "c.a", "name": {"ko": "신북읍"}, "kind": "eup"}],
         "sites": [{"id": "s1", "district": "c.a", "name": {"ko": "마을회관"}, "kind": "village-hall"}]}
        """;

    [Fact]
    public void Parse_AnUnknownProperty_NamesItAndTheNearestKnownOneWithoutDotNetTypeNames()
    {
        var json = Minimal.Replace("\"kind\": \"eup\"", "\"kind\": \"eup\", \"populaton\": 3", StringComparison.Ordinal);

        var ex = Assert.Throws<DalhaengiValidationException>(() => MunicipalityJson.Parse(json));

        var problem = Assert.Single(ex.Problems);
        Assert.StartsWith("unknown property 'populaton'", problem.Message, StringComparison.Ordinal);
        Assert.Equal("did you mean 'population'?", problem.Hint);
        Assert.DoesNotContain("Dalhaengi.Core", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NamesWithoutEnglish_ReadsThemAndWritesThemBackWithoutEnglish()
    {
        var municipality = MunicipalityJson.Parse(Minimal);

        Assert.Equal("신북읍", municipality.Districts[0].Name.ToString());
        Assert.False(municipality.Districts[0].Name.HasEnglish);
        var written = MunicipalityJson.Serialize(municipality);
        Assert.DoesNotContain("\"en\"", written, StringComparison.Ordinal);
        Assert.Contains("\"ko\": \"신북읍\"", written, StringComparison.Ordinal);
        Assert.Equal(municipality, MunicipalityJson.Parse(written));
    }

    [Fact]
    public void Parse_ABlankEnglishGloss_IsStillAnError()
    {
        var json = Minimal.Replace("{\"ko\": \"신북읍\"}", "{\"ko\": \"신북읍\", \"en\": \" \"}", StringComparison.Ordinal);

        var ex = Assert.Throws<DalhaengiValidationException>(() => MunicipalityJson.Parse(json));

        Assert.Equal("$.districts[0].name.en", Assert.Single(ex.Problems).Path);
    }

    [Fact]
    public void Parse_FairDaysOnAVillageHall_SpellsTheKindAsInTheFile()
    {
        var json = Minimal.Replace("\"kind\": \"village-hall\"", "\"kind\": \"village-hall\", \"fairDays\": [2, 7]", StringComparison.Ordinal);

        var ex = Assert.Throws<DalhaengiValidationException>(() => MunicipalityJson.Parse(json));

        Assert.Contains("'village-hall'", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("VillageHall", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ALocalPartnerThatIsNotAnOffice_SpellsTheSectorAsInTheFile()
    {
        const string json = """
            {"services": [{"code": "x", "name": {"ko": "상담"}, "category": "information", "addresses": []}],
             "partners": [{"id": "p", "name": {"ko": "보건소"}, "sector": "county-division", "presence": "local", "services": ["x"]}]}
            """;

        var ex = Assert.Throws<DalhaengiValidationException>(() => PartnerRosterJson.Parse(json));

        Assert.Contains("'county-division'", ex.Message, StringComparison.Ordinal);
    }
}
