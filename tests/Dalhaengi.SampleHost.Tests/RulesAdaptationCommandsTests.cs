namespace Dalhaengi.SampleHost.Tests;

public sealed class RulesAdaptationCommandsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dalhaengi-adapt-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Overlay(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "samples", "overlays", name)))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir!.FullName, "samples", "overlays", name);
    }

    [Fact]
    public void RulesDiff_BuiltInAgainstTheHwaseongOverlay_ListsTheReweighedArrears()
    {
        var result = HostRunner.Run("rules", "diff", "kr.national-outreach", Overlay("hwaseong-city.json"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("kr.national-outreach@2025.1 → hwaseong.city@2025.1: 7 changes", result.Lines[0]);
        Assert.Contains("  ~ rule financial-arrears points: +8 → +12", result.Lines);
        Assert.Contains("  - rule pension-arrears: +5 when arrears.pension.months >= 6 within 180 days", result.Lines);
    }

    [Fact]
    public void RulesDiff_WithMarkdown_WritesATable()
    {
        var result = HostRunner.Run("rules", "diff", "kr.national-outreach@2025.1", Overlay("winter-heating.json"), "--markdown");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("| added | rule | `winter-heating` |", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesDiff_WhenAnOverlayIsInvalid_ExitsWith1NamingTheFileAndPath()
    {
        var bad = Path.Combine(_dir, "bad.json");
        File.WriteAllText(bad, """{"id": "bad", "version": "1", "extends": "kr.national-outreach@2025.1", "overrideRules": [{"id": "nope", "points": 3}]}""");

        var result = HostRunner.Run("rules", "diff", "kr.national-outreach", bad);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bad.json", result.Error, StringComparison.Ordinal);
        Assert.Contains("$.overrideRules[0].id: rule 'nope' is not in the base kr.national-outreach@2025.1", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesDiff_WhenNeitherFileNorKnownId_ExitsWith1()
    {
        var result = HostRunner.Run("rules", "diff", "kr.national-outreach", Path.Combine(_dir, "missing.json"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is neither a rule file nor a known rule set", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatIfAndBacktest_OnAGeneratedPopulation_ReportChangesAndSideBySideMetrics()
    {
        Assert.Equal(0, HostRunner.Run("generate-households", "--seed", "3", "--households", "4000", "--as-of", "2025-01-31", "--out", _dir).ExitCode);

        var whatIf = HostRunner.Run("rules", "whatif", "kr.national-outreach", Overlay("winter-heating.json"), "--households", _dir, "--as-of", "2025-01-31");

        Assert.Equal(0, whatIf.ExitCode);
        Assert.Equal("household_id,district,before_tier,before_score,after_tier,after_score,differences", whatIf.Lines[0]);
        Assert.All(whatIf.Lines.Skip(1), l => Assert.EndsWith("winter-heating(→+15)", l, StringComparison.Ordinal));
        Assert.Contains("before\\after\tlow\tmedium\thigh\turgent", whatIf.Error, StringComparison.Ordinal);
        Assert.Contains("양평읍", whatIf.Error, StringComparison.Ordinal);

        var generated = HostRunner.Run("generate-outcomes", "--households", _dir, "--as-of", "2025-01-31", "--seed", "7");
        Assert.Equal(0, generated.ExitCode);
        var outcomes = File.ReadAllLines(Path.Combine(_dir, "outcomes.csv"));
        Assert.Equal("household_id,crisis_confirmed,verified_on", outcomes[0]);
        Assert.Equal(4001, outcomes.Length);
        var again = Path.Combine(_dir, "again.csv");
        HostRunner.Run("generate-outcomes", "--households", _dir, "--as-of", "2025-01-31", "--seed", "7", "--out", again);
        Assert.Equal(outcomes, File.ReadAllLines(again));

        var backtest = HostRunner.Run("rules", "backtest", "kr.national-outreach", Overlay("hwaseong-city.json"),
            "--households", _dir, "--outcomes", Path.Combine(_dir, "outcomes.csv"), "--as-of", "2025-01-31", "--budget", "100");

        Assert.Equal(0, backtest.ExitCode);
        Assert.Equal("metric\tkr.national-outreach@2025.1\thwaseong.city@2025.1", backtest.Lines[0]);
        Assert.Equal("verified\t4000\t4000", backtest.Lines[1]);
        Assert.Contains(backtest.Lines, l => l.StartsWith("recall >= low\t1.000\t1.000", StringComparison.Ordinal));
        Assert.Contains(backtest.Lines, l => l.StartsWith("share reached with 100 visits\t", StringComparison.Ordinal));

        // risk.md §1: telecom arrears has no known start (a 2020 amendment); a back-test that relies on it says so.
        Assert.Contains("warning: kr.national-outreach: indicator 'arrears.telecom.months' started on an unknown date, not before 2020-06-01", backtest.Error, StringComparison.Ordinal);
        Assert.Contains("warning: kr.national-outreach: indicator 'victim.crime' started on an unknown date", whatIf.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Backtest_WhenOutcomesAreMalformed_ExitsWith1NamingTheLine()
    {
        Assert.Equal(0, HostRunner.Run("generate-households", "--seed", "3", "--households", "10", "--as-of", "2025-01-31", "--out", _dir).ExitCode);
        var file = Path.Combine(_dir, "outcomes.csv");
        File.WriteAllText(file, "household_id,crisis_confirmed,verified_on\nhh-0000001,maybe,2025-02-01\nhh-0000002,true,2025-02-30\n");

        var result = HostRunner.Run("rules", "backtest", "kr.national-outreach", "--households", _dir, "--outcomes", file, "--as-of", "2025-01-31");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("outcomes.csv:2: crisis_confirmed 'maybe' is not true or false", result.Error, StringComparison.Ordinal);
        Assert.Contains("outcomes.csv:3: '2025-02-30' is not a date", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesValidate_AcceptsAnOverlay()
    {
        var result = HostRunner.Run("rules", "validate", Overlay("hwaseong-city.json"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("hwaseong.city@2025.1", result.Out, StringComparison.Ordinal);
    }
}
