using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Dalhaengi.SampleHost.Tests;

public sealed class RotationCommandTests : IDisposable
{
    private static readonly string[] Season = ["plan", "--from", "2025-03-05", "--to", "2025-12-17", "--weekday", "wed"];
    private readonly string _dir = Directory.CreateTempSubdirectory("dalhaengi-rotation-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // The real calendar puts the 추석 substitute holiday on Wednesday 2025-10-08; a fixed clock keeps outputs stable.
    private static void Services(IServiceCollection services) =>
        services.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2025, 1, 20, 9, 0)));

    [Fact]
    public void PlanCsv_WritesTheHeaderOneRowPerSessionAndNamesTheSkippedHoliday()
    {
        var result = HostRunner.Run(Services, [.. Season, "--format", "csv"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("date,slot,status,district,site,partners,reason", result.Lines[0]);
        Assert.Equal(41, result.Lines.Count(l => l.Contains(",planned,", StringComparison.Ordinal)));
        Assert.Contains(result.Lines, l => l.StartsWith("2025-10-08,,skipped,,,,holiday: 대체공휴일", StringComparison.Ordinal));
        Assert.Contains("\r\n", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("warning: no holiday calendar", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanCsv_QuotesReasonsThatContainCommasOrQuotes()
    {
        var result = HostRunner.Run(Services, [.. Season, "--format", "csv"]);

        var planned = result.Lines.First(l => l.Contains(",planned,", StringComparison.Ordinal));
        Assert.EndsWith("\"", planned, StringComparison.Ordinal);
        Assert.Contains(",\"양평읍: ", planned, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanCsv_WithABlackout_SkipsItsWednesdays()
    {
        var result = HostRunner.Run(Services, [.. Season, "--blackout", "2025-07-23..2025-08-13", "--format", "csv"]);

        Assert.Equal(4, result.Lines.Count(l => l.Contains(",skipped,,,,blackout: blackout 2025-07-23..2025-08-13", StringComparison.Ordinal)));
    }

    [Fact]
    public void PlanIcs_WritesOneEventPerSessionWithSiteAsLocation()
    {
        var result = HostRunner.Run(Services, [.. Season, "--format", "ics"]);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("BEGIN:VCALENDAR", result.Out, StringComparison.Ordinal);
        Assert.Equal(41, result.Lines.Count(l => l == "BEGIN:VEVENT"));
        Assert.Contains(result.Lines, l => l.StartsWith("LOCATION:양평군 양평읍", StringComparison.Ordinal));
        Assert.Contains(result.Lines, l => l == "UID:2025-03-05.1.yangpyeong-2025.41830@dalhaengi");
        Assert.Contains(result.Lines, l => l.StartsWith("DTSTART;VALUE=DATE:20250305", StringComparison.Ordinal));
    }

    [Fact]
    public void PlanTable_ShowsTheTableAndTheSummary()
    {
        var result = HostRunner.Run(Services, [.. Season]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("양평군 rotation", result.Out, StringComparison.Ordinal);
        Assert.Contains("41 sessions of 41 slots", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_ForHwaseongWithThreeSessionsADay_Works()
    {
        var result = HostRunner.Run(Services, [.. Season, "--municipality", "hwaseong", "--sessions-per-day", "3", "--format", "csv"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.Lines, l => l.StartsWith("2025-03-05,3,planned,hwaseong.", StringComparison.Ordinal));
    }


    [Theory]
    [InlineData("--weekday", "someday")]
    [InlineData("--format", "pdf")]
    [InlineData("--municipality", "atlantis")]
    public void Plan_WithBadOption_ExitsWith1(string option, string value)
    {
        var args = Season.ToList();
        var at = args.IndexOf(option);
        if (at >= 0)
        {
            args[at + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        Assert.Equal(1, HostRunner.Run(Services, [.. args]).ExitCode);
    }

    [Fact]
    public void Replan_KeepsHeldSessionsAndPlansTheRest()
    {
        var planPath = Path.Combine(_dir, "plan.csv");
        Assert.Equal(0, HostRunner.Run(Services, [.. Season, "--format", "csv", "--out", planPath]).ExitCode);
        var rows = File.ReadAllLines(planPath).Skip(1).Select(l => l.Split(',')).Where(f => f[2] == "planned" && string.CompareOrdinal(f[0], "2025-05-01") < 0).ToList();
        var heldPath = Path.Combine(_dir, "held.csv");
        File.WriteAllLines(heldPath, ["date,slot,site,status", .. rows.Select((f, i) => $"{f[0]},{f[1]},{f[4]},{(i == 2 ? "cancelled" : "held")}")]);

        var result = HostRunner.Run(Services, "replan", "--plan", planPath, "--held", heldPath, "--from", "2025-05-01", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var held = result.Lines.Where(l => l.Contains(",held,", StringComparison.Ordinal)).Select(l => l.Split(',')[..5]).ToList();
        Assert.Equal(rows.Where((_, i) => i != 2).Select(f => $"{f[0]},{f[1]},held,{f[3]},{f[4]}"), held.Select(f => string.Join(',', f)));
        Assert.Contains(result.Lines, l => l.StartsWith($"{rows[2][0]},1,skipped,,,,cancelled", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Lines, l => l.Contains(",planned,", StringComparison.Ordinal) && string.CompareOrdinal(l, "2025-05-01") < 0);
        Assert.Contains(result.Lines, l => l.StartsWith("2025-10-08,,skipped", StringComparison.Ordinal));
    }

    [Fact]
    public void Replan_WithUnknownSiteInHeldFile_ExitsWith1AndNamesIt()
    {
        var planPath = Path.Combine(_dir, "plan.csv");
        HostRunner.Run(Services, [.. Season, "--format", "csv", "--out", planPath]);
        var heldPath = Path.Combine(_dir, "held.csv");
        File.WriteAllLines(heldPath, ["date,slot,site,status", "2025-03-05,1,no-such-site,held"]);

        var result = HostRunner.Run(Services, "replan", "--plan", planPath, "--held", heldPath, "--from", "2025-04-01");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no-such-site", result.Error, StringComparison.Ordinal);
    }
}
