using Dalhaengi.Core.Access;

namespace Dalhaengi.Core.Tests.Access;

public sealed class AccessPolicyJsonTests
{
    private const string CityPolicy = """
        {
          "$schema": "dalhaengi.access-policy/1",
          "id": "hwaseong.access",
          "version": "2026.1",
          "purposes": [ { "id": "case-work", "name": { "ko": "사례관리", "en": "Case work" } } ],
          "roles": [
            {
              "id": "case-manager",
              "name": { "ko": "통합사례관리사", "en": "Case manager" },
              "scope": "districts",
              "grants": [ { "subject": "case" }, { "subject": "household-personal-data", "purposes": ["case-work"] } ]
            }
          ]
        }
        """;

    [Fact]
    public void Parse_ACityRole_IsDecidedByTheSameChecks()
    {
        var policy = AccessPolicyJson.Parse(CityPolicy);
        var manager = new Principal("cm.bongdam", new AccessRole("case-manager"), [new("4159025300")]);
        var household = AccessTestData.NewHousehold("hh-7", new("4159025300"));

        Assert.True(policy.Decide(manager, AccessPurpose.CaseWork, AccessTestData.HouseholdTarget(household)).Allowed);
        Assert.Equal("no-grant", policy.Decide(manager, null, AccessTarget.Aggregates("x")).Rule);
        Assert.Equal("unknown-role", policy.Decide(AccessTestData.Coordinator, null, AccessTarget.Aggregates("x")).Rule);
    }

    [Fact]
    public void Parse_ReportsEveryProblemWithItsJsonPath()
    {
        const string json = """
            {
              "$schema": "dalhaengi.access-policy/1",
              "id": "bad",
              "version": "1",
              "purposes": [ { "id": "case-work", "name": { "ko": "사례관리", "en": "Case work" } } ],
              "roles": [
                { "id": "clerk", "name": { "ko": "담당", "en": "Clerk" }, "scope": "county",
                  "grants": [ { "subject": "household-personal-data" }, { "subject": "referal" } ] },
                { "id": "clerk2", "name": { "ko": "담당", "en": "Clerk" }, "scope": "municipality",
                  "grants": [ { "subject": "household-personal-data" }, { "subject": "case", "purposes": ["fun"] } ] }
              ]
            }
            """;

        var first = Assert.Throws<DalhaengiValidationException>(() => AccessPolicyJson.Parse(json, "city.json"));

        Assert.Equal("city.json", first.Source);
        Assert.Equal(["$.roles[0].scope", "$.roles[0].grants[1].subject"], first.Problems.Select(p => p.Path));

        var fixedSyntax = json.Replace("\"county\"", "\"municipality\"", StringComparison.Ordinal).Replace("referal", "referral", StringComparison.Ordinal);
        var second = Assert.Throws<DalhaengiValidationException>(() => AccessPolicyJson.Parse(fixedSyntax, "city.json"));
        Assert.Equal(
            ["$.roles[0].grants[0].purposes", "$.roles[1].grants[0].purposes", "$.roles[1].grants[1].purposes[0]"],
            second.Problems.Select(p => p.Path));
    }

    [Fact]
    public void Parse_UnknownPropertyOrSchema_IsRejected()
    {
        var typo = Assert.Throws<DalhaengiValidationException>(() => AccessPolicyJson.Parse(CityPolicy.Replace("\"grants\"", "\"grant\"", StringComparison.Ordinal)));
        var schema = Assert.Throws<DalhaengiValidationException>(() => AccessPolicyJson.Parse(CityPolicy.Replace("access-policy/1", "access-policy/9", StringComparison.Ordinal)));

        Assert.Contains("grant", typo.Problems[0].ToString(), StringComparison.Ordinal);
        Assert.Equal("$.$schema", schema.Problems[0].Path);
    }

    [Fact]
    public void Parse_RepeatedRoleOrGrant_IsRejected()
    {
        var twice = CityPolicy.Replace("{ \"subject\": \"case\" }", "{ \"subject\": \"case\" }, { \"subject\": \"case\" }", StringComparison.Ordinal);

        var ex = Assert.Throws<DalhaengiValidationException>(() => AccessPolicyJson.Parse(twice));

        Assert.Equal("$.roles[0].grants[1].subject", Assert.Single(ex.Problems).Path);
    }
}
