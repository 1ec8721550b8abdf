namespace Dalhaengi.SampleHost.Tests;

/// <summary>User mistakes: exit code 1, a message naming the file, line, JSON path or value, and no stack trace.</summary>
public sealed partial class CliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dalhaengi-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static void AssertBadInput(HostRunner.Result result, string expected)
    {
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_WithAMissingRulesFile_NamesTheFile()
    {
        var missing = Path.Combine(_dir, "no-such-rules.json");

        AssertBadInput(HostRunner.Run("screen", "--households", _dir, "--rules", missing), "file not found: " + missing);
    }

    [Fact]
    public void Screen_WithAMissingHouseholdsFolder_NamesThePath()
    {
        var missing = Path.Combine(_dir, "nowhere");

        AssertBadInput(HostRunner.Run("screen", "--households", missing, "--as-of", "2025-03-01"), missing);
    }

    [Fact]
    public void PlanWithHouseholds_WithAMalformedCsvRow_NamesTheFileAndLine()
    {
        File.WriteAllText(Path.Combine(_dir, "households.csv"), "household_id,district,site,housing,contact,consent,consent_on,programmes,members\nhh-1,4183025000,,apartment,reachable,none,,,head:1950\nhh-2,4183025000\n");
        File.WriteAllText(Path.Combine(_dir, "signals.csv"), "household_id,indicator,value,observed_on,source\n");

        var result = HostRunner.Run("plan", "--from", "2025-03-05", "--to", "2025-06-30", "--weekday", "wed", "--households", _dir);

        AssertBadInput(result, "households.csv:3: has 2 fields, expected 9");
    }

    [Fact]
    public void Screen_WithRulesThatAreNotJson_NamesTheFileAndPosition()
    {
        var rules = Path.Combine(_dir, "rules.json");
        File.WriteAllText(rules, "{\"id\": \"x\", \"tiers\": [ }");

        var result = HostRunner.Run("screen", "--households", _dir, "--rules", rules);

        AssertBadInput(result, rules);
    }

    [Fact]
    public void Screen_WithAnInvalidRuleSet_NamesTheJsonPath()
    {
        var rules = Path.Combine(_dir, "rules.json");
        File.WriteAllText(rules, """
            {"id": "bad", "version": "1", "effectiveFrom": "2025-01-01",
             "tiers": [{"id": "low", "name": {"ko": "관찰", "en": "Low"}, "minScore": 0, "action": "Monitor", "responseDays": 60}],
             "rules": [{"id": "a", "description": "d", "points": 5, "when": {"kind": "present", "indicator": "no.such.indicator"}}]}
            """);

        AssertBadInput(HostRunner.Run("screen", "--households", _dir, "--rules", rules), "$.rules[0].when.indicator");
    }

    [Fact]
    public void Plan_WithAnUnknownMunicipality_NamesItAndTheKnownOnes()
    {
        var result = HostRunner.Run("plan", "--from", "2025-03-05", "--to", "2025-06-30", "--weekday", "wed", "--municipality", "atlantis");

        AssertBadInput(result, "unknown municipality 'atlantis'; use one of: ");
    }

    [Fact]
    public void Plan_WithAFolderAsTheOutputFile_IsABadInputNotACrash()
    {
        var result = HostRunner.Run("plan", "--from", "2025-03-05", "--to", "2025-06-30", "--weekday", "wed", "--format", "csv", "--out", _dir);

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
