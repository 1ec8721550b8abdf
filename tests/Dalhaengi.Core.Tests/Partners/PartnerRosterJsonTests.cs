using Dalhaengi.Core.Partners;

namespace Dalhaengi.Core.Tests.Partners;

public sealed class PartnerRosterJsonTests
{
    [Fact]
    public void Serialize_ThenParse_RoundTripsTheBuiltInRosters()
    {
        foreach (var roster in new[] { BuiltInPartnerRosters.Yangpyeong, BuiltInPartnerRosters.Hwaseong })
        {
            Assert.Equal(roster, PartnerRosterJson.Parse(PartnerRosterJson.Serialize(roster)));
        }
    }

    [Fact]
    public void Parse_WithSeveralMistakes_ReportsEveryOneWithItsPath()
    {
        const string json = """
            {
              "$schema": "dalhaengi.partners/1",
              "services": [ { "code": "s1", "name": { "ko": "상담", "en": "Talk" }, "category": "gossip" } ],
              "partners": [
                { "id": "p 1", "name": { "ko": "기관", "en": "Body" }, "sector": "county-division", "services": ["s1"] },
                { "id": "p2", "name": { "ko": "기관", "en": "Body" }, "sector": "county-division", "services": ["s1"],
                  "availability": { "weekdays": ["funday"], "blackouts": [ { "start": "2025-08-10", "end": "2025-08-01" } ], "teams": 0 } }
              ]
            }
            """;

        var ex = Assert.Throws<DalhaengiValidationException>(() => PartnerRosterJson.Parse(json, "roster.json"));

        var paths = ex.Problems.Select(p => p.Path).ToList();
        Assert.Contains("$.services[0].category", paths);
        Assert.Contains("$.partners[0].id", paths);
        Assert.Contains("$.partners[1].availability.weekdays[0]", paths);
        Assert.Contains("$.partners[1].availability.blackouts[0]", paths);
        Assert.Contains("$.partners[1].availability.teams", paths);
        Assert.Equal("roster.json", ex.Source);
    }

    [Fact]
    public void Parse_WhenAPartnerBringsAnUnknownService_NamesIt()
    {
        const string json = """
            { "services": [], "partners": [ { "id": "p1", "name": { "ko": "기관", "en": "Body" }, "sector": "national-agency", "services": ["nope"] } ] }
            """;

        var ex = Assert.Throws<DalhaengiValidationException>(() => PartnerRosterJson.Parse(json));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal("$.partners[0].services", problem.Path);
        Assert.Contains("nope", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WithAnUnknownProperty_RejectsIt()
    {
        const string json = """{ "partners": [], "partnres": [] }""";

        Assert.Throws<DalhaengiValidationException>(() => PartnerRosterJson.Parse(json));
    }
}
