namespace Dalhaengi.SampleHost.Tests;

public sealed class RiskCommandsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dalhaengi-risk-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void GenerateThenScreen_PrintsCsvSortedByTierThenScore_AndASummaryByDistrict()
    {
        var generated = HostRunner.Run("generate-households", "--seed", "42", "--households", "3000", "--as-of", "2025-01-31", "--out", _dir);
        Assert.Equal(0, generated.ExitCode);
        Assert.StartsWith("household_id,district,site,housing,contact,consent,consent_on,programmes,members\r\n", File.ReadAllText(Path.Combine(_dir, "households.csv")), StringComparison.Ordinal);

        var screened = HostRunner.Run("screen", "--households", _dir, "--as-of", "2025-01-31");

        Assert.Equal(0, screened.ExitCode);
        var lines = screened.Lines;
        Assert.Equal("household_id,district,score,tier,reasons", lines[0]);
        Assert.Equal(3001, lines.Length);
        var rank = new Dictionary<string, int> { ["urgent"] = 0, ["high"] = 1, ["medium"] = 2, ["low"] = 3 };
        var rows = lines.Skip(1).Select(l => l.Split(',')).Select(f => (Tier: rank[f[3]], Score: int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(rows.OrderBy(r => r.Tier).ThenByDescending(r => r.Score), rows);
        Assert.Contains("양평읍", screened.Error, StringComparison.Ordinal);
        Assert.Contains("district\tlow\tmedium\thigh\turgent", screened.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_MalformedCsv_ExitsWith1NamingEveryBadFileAndLine()
    {
        File.WriteAllText(Path.Combine(_dir, "households.csv"),
            "household_id,district,site,housing,contact,consent,consent_on,programmes,members\n" +
            "hh-1,4183025000,,detached-house,reachable,none,,,head:1950\n" +
            "hh-2,4183025000,,castle,reachable,none,,,head:1950\n" +
            "hh-3,4183025000,,\"detached-house,reachable\n");
        File.WriteAllText(Path.Combine(_dir, "signals.csv"),
            "household_id,indicator,value,observed_on,source\n" +
            "hh-1,utility.electricity.cutoff,1,2025-01-02,national-round\n" +
            "hh-1,no.such.indicator,1,2025-01-02,national-round\n" +
            "hh-9,victim.crime,1,2025-13-01,national-round\n");

        var result = HostRunner.Run("screen", "--households", _dir, "--as-of", "2025-01-31");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("households.csv:3: housing 'castle' is not known", result.Error, StringComparison.Ordinal);
        Assert.Contains("households.csv:4: a quoted field is not closed", result.Error, StringComparison.Ordinal);
        Assert.Contains("signals.csv:3: unknown indicator 'no.such.indicator'", result.Error, StringComparison.Ordinal);
        Assert.Contains("signals.csv:4: household 'hh-9'", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public void Screen_QuotedFieldsAndCustomRules_AreRead()
    {
        File.WriteAllText(Path.Combine(_dir, "households.csv"),
            "household_id,district,site,housing,contact,consent,consent_on,programmes,members\r\n" +
            "\"hh-1\",4183025000,,detached-house,reachable,written,2024-05-01,\"near-poor;under-case-management\",\"head:1950:dc\"\r\n");
        File.WriteAllText(Path.Combine(_dir, "signals.csv"), "household_id,indicator,value,observed_on,source\r\nhh-1,victim.crime,1,2025-01-02,partner-report\r\n");
        var rules = Path.Combine(_dir, "rules.json");
        File.WriteAllText(rules, """
            {"id": "city", "version": "1", "effectiveFrom": "2025-01-01",
             "tiers": [{"id": "low", "name": {"ko": "관찰", "en": "Low"}, "minScore": 0, "action": "Monitor", "responseDays": 60},
                       {"id": "high", "name": {"ko": "고위험", "en": "High"}, "minScore": 10, "action": "Visit", "responseDays": 7}],
             "rules": [{"id": "crime", "description": "crime", "points": 12, "when": {"kind": "present", "indicator": "victim.crime"}}]}
            """);

        var result = HostRunner.Run("screen", "--households", _dir, "--rules", rules, "--as-of", "2025-01-31");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("hh-1,4183025000,12,high,crime(+12)", result.Lines[1]);
    }

    [Fact]
    public void RulesValidate_ValidFile_Exits0()
    {
        var file = Path.Combine(_dir, "ok.json");
        // A copy keeps the built-in's content under its own version: the built-in's id@version is reserved.
        var json = Dalhaengi.Core.Risk.RiskRuleSetJson.Serialize(Dalhaengi.Core.Risk.BuiltInRuleSets.NationalOutreach);
        File.WriteAllText(file, json.Replace("\"version\": \"2025.1\"", "\"version\": \"2025.1-copy\"", StringComparison.Ordinal));

        var result = HostRunner.Run("rules", "validate", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("valid", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesValidate_InvalidFile_PrintsEveryErrorWithItsPathAndExits1()
    {
        var file = Path.Combine(_dir, "bad.json");
        File.WriteAllText(file, """
            {"id": "bad", "version": "1", "effectiveFrom": "2025-01-01",
             "tiers": [{"id": "low", "name": {"ko": "관찰", "en": "Low"}, "minScore": 0, "action": "Monitor", "responseDays": 60}],
             "rules": [{"id": "a", "description": "d", "points": 500, "when": {"kind": "present", "indicator": "nope"}}],
             "redFlags": [{"id": "a", "description": "d", "minimumTier": "urgent", "when": {"kind": "present", "indicator": "victim.crime"}}]}
            """);

        var result = HostRunner.Run("rules", "validate", file);

        Assert.Equal(1, result.ExitCode);
        foreach (var path in new[] { "$.rules[0].points", "$.rules[0].when.indicator", "$.redFlags[0].id", "$.redFlags[0].minimumTier" })
        {
            Assert.Contains(path + ":", result.Error, StringComparison.Ordinal);
        }
    }
}
