using System.Text;
using Dalhaengi.SampleHost.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Dalhaengi.SampleHost.Tests;

/// <summary>
/// Every command with bad arguments and bad files: exit 1 (bad input, naming the file, line or option) or 2 (usage,
/// naming the option), never a stack trace, and never an RRN echoed back.
/// </summary>
public sealed class CliReliabilityTests : IDisposable
{
    private const string Rrn = "900101-1234567";

    private static readonly string[] Refer = ["refer", "--district", "양평읍", "--partner", "yp-mental-health-centre", "--signal", "screening.phq9.total=18"];

    private static readonly string[] Record = ["record-session", "--date", "2025-03-05", "--site", "yp-yangpyeong-25"];

    private readonly string _dir = Directory.CreateTempSubdirectory("dalhaengi-reliability-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Bad command lines, the exit code each must give, and the text the message must contain.</summary>
    public static TheoryData<string[], int, string> BadCommandLines => new()
    {
        { [.. Refer, "--household", Rrn], 1, "--household" },
        { [.. Refer, "--household", "9001011234567"], 1, "--household" },
        { [.. Refer, "--household", "hh-1", "--by", "900101－1234567"], 1, "--by" },
        { [.. Refer, "--household", "hh-1", "--deadline-days", "3000000"], 2, "--deadline-days" },
        { [.. Refer, "--household", "hh-1", "--deadline-days", "abc"], 2, "--deadline-days" },
        { [.. Record, "--residents", "2147483647"], 2, "--residents" },
        { [.. Record, "--residents", "abc"], 2, "--residents" },
        { [.. Record, "--staff", "-3"], 2, "--staff" },
        { [.. Record, "--notes", "주민번호 900101 1234567"], 1, "--notes" },
        { [.. Record, "--service", "health.basic-check:yp-health-promotion:99999999999"], 1, "--service" },
        { [.. Record, "--service", "health.no-such-service:yp-health-promotion:3"], 1, "--service: 'health.no-such-service' is not a service" },
        { ["record-session", "--date", "0001-01-01", "--site", "yp-yangpyeong-25"], 1, "--date" },
        { ["plan", "--from", "9999-12-31", "--to", "9999-12-31", "--weekday", "wed"], 1, "--from" },
        { ["plan", "--from", "2013-03-05", "--to", "2013-06-30", "--weekday", "wed"], 1, "--from" },
        { ["holidays", "--from", "-2147483648", "--to", "2"], 1, "2014" },
        { ["report", "--season", "-5"], 2, "--season" },
        { ["plan", "--from", "2025-03-05", "--to", "2025-06-25", "--weekday", "wed", "--format", "xlsx"], 2, "--out" },
        { ["plan", "--from", "2025-03-05", "--to", "2025-06-25", "--weekday", "wed", "--format", "ics", "--plan-name", ""], 2, "--plan-name" },
        { ["plan", "--from", "2025-03-05", "--to", "2025-06-25", "--weekday", "wed", "--format", "ics", "--plan-name", "a b"], 2, "--plan-name" },
        { ["plan", "--from", "2025-03-05", "--to", "2025-06-25", "--weekday", "wed", "--format", "ics", "--previous-ics", ""], 2, "--previous-ics" },
        { ["plan", "--from", "2025-03-05", "--to", "2025-06-25", "--weekday", "wed", "--format", "ics", "--previous-ics", "gen"], 1, "gen" },
        { ["replan", "--plan", "gen", "--held", "gen", "--from", "2025-05-01", "--format", "xlsx"], 2, "--out" },
        { [.. Record, "--by", ""], 2, "--by" },
        { [.. Record, "--by", "   "], 2, "--by" },
        { [.. Refer, "--household", "hh-1", "--by", ""], 2, "--by" },
        { [.. Refer, "--household", "hh-1", "--by", " \t "], 2, "--by" },
        { ["referral", "advance", "ref-cli-001", "--to", "accepted", "--by", ""], 2, "--by" },
        { ["referral", "advance", "ref-cli-001", "--to", "rejected", "--reason", ""], 2, "--reason" },
        { ["referral", "advance", "ref-cli-001", "--to", "rejected", "--reason", "  "], 2, "--reason" },
        { ["generate-households", "--as-of", "0001-01-01", "--out", "gen"], 1, "--as-of" },
        { ["generate-households", "--households", "0", "--out", "gen"], 2, "--households" },
        { ["rules", "backtest", "kr.national-outreach", "--budget", "-1"], 2, "--budget" },
    };

    private HostRunner.Result Run(params string[] args) =>
        HostRunner.Run(
            s =>
            {
                s.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2025, 1, 10, 1, 0)));
                s.AddSingleton(new StorageLocation(Path.Combine(_dir, "dalhaengi.db")));
            },
            [.. args.Select(a => a == "gen" ? Path.Combine(_dir, "gen") : a)]);

    private static void AssertRefused(HostRunner.Result result, int exitCode, string expected)
    {
        Assert.True(exitCode == result.ExitCode, $"exit {result.ExitCode}, expected {exitCode}: {result.Error}");
        Assert.True(result.Error.Contains(expected, StringComparison.Ordinal), $"'{expected}' not in: {result.Error}");
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("1234567", result.Out + result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadCommandLines))]
    public void Command_WithABadArgument_ExitsNamingTheOption(string[] args, int exitCode, string expected) =>
        AssertRefused(Run(args), exitCode, expected);

    [Fact]
    public void Report_WhenStoredSessionsHoldTheLargestCountsTheBoundsAllow_Works()
    {
        for (var i = 0; i < 3; i++)
        {
            var stored = Run([.. Record, "--residents", "100000", "--items", "100000"]);
            Assert.True(stored.ExitCode == 0, stored.Error);
        }

        var result = Run("report", "--season", "2025");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.True(result.Out.Contains("300000", StringComparison.Ordinal) || result.Out.Contains("300,000", StringComparison.Ordinal), result.Out);
    }

    [Fact]
    public void Plan_WithAPreviousIcsThatIsNotACalendar_NamesTheFile()
    {
        var previous = Path.Combine(_dir, "previous.ics");
        File.WriteAllBytes(previous, [0xFF, 0xFE, 0x00, 0x42, 0x0A]);

        AssertRefused(Run("plan", "--from", "2025-03-05", "--to", "2025-06-25", "--weekday", "wed", "--format", "ics", "--previous-ics", previous), 1, previous);
    }

    [Fact]
    public void Refer_WithAnRrn_StoresNothing()
    {
        Run([.. Refer, "--household", Rrn]);

        var overdue = Run("overdue", "--as-of", "2025-12-31");
        Assert.DoesNotContain("1234567", overdue.Out + overdue.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Replan_WithImpossibleHeldRows_NamesEachFileAndLine()
    {
        var plan = Path.Combine(_dir, "plan.csv");
        Assert.Equal(0, Run("plan", "--from", "2025-03-05", "--to", "2025-06-25", "--weekday", "wed", "--format", "csv", "--out", plan).ExitCode);
        var held = Path.Combine(_dir, "held.csv");
        File.WriteAllText(held, "date,slot,site,status\n0001-03-05,1,yp-yangpyeong-25,held\n2025-03-06,1,yp-yangpyeong-25,held\n2025-03-12,2,yp-yangpyeong-25,held\n2025-03-12,1000000,yp-yangpyeong-25,held\n");

        var result = Run("replan", "--plan", plan, "--held", held, "--from", "2025-05-01");

        AssertRefused(result, 1, held + ":2");
        Assert.True(result.Error.Contains(held + ":3", StringComparison.Ordinal) && result.Error.Contains(held + ":4", StringComparison.Ordinal), result.Error);
    }

    [Fact]
    public void Replan_WithAPlanSlotAboveTheBound_NamesTheLine()
    {
        var plan = Path.Combine(_dir, "plan.csv");
        Assert.Equal(0, Run("plan", "--from", "2025-03-05", "--to", "2025-06-25", "--weekday", "wed", "--format", "csv", "--out", plan).ExitCode);
        var lines = File.ReadAllLines(plan);
        var fields = lines[1].Split(',');
        fields[1] = "51";
        lines[1] = string.Join(',', fields);
        File.WriteAllLines(plan, lines);
        var held = Path.Combine(_dir, "held.csv");
        File.WriteAllText(held, "date,slot,site,status\n");

        AssertRefused(Run("replan", "--plan", plan, "--held", held, "--from", "2025-05-01"), 1, plan + ":2");
    }

    [Fact]
    public void Replan_WithAPlannedSessionOnAPublicHoliday_NamesTheLineAndTheHoliday()
    {
        var plan = Path.Combine(_dir, "plan.csv");
        Assert.Equal(0, Run("plan", "--from", "2025-03-05", "--to", "2025-06-25", "--weekday", "wed", "--format", "csv", "--out", plan).ExitCode);
        var lines = File.ReadAllLines(plan);
        var row = Array.FindIndex(lines, l => l.Split(',') is [_, _, "planned", ..]);
        var fields = lines[row].Split(',');
        fields[0] = "2025-05-05";
        lines[row] = string.Join(',', fields);
        File.WriteAllLines(plan, lines);
        var held = Path.Combine(_dir, "held.csv");
        File.WriteAllText(held, "date,slot,site,status\n");

        var result = Run("replan", "--plan", plan, "--held", held, "--from", "2025-05-01");

        AssertRefused(result, 1, $"{plan}:{row + 1}");
        Assert.Contains("어린이날", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesDiff_WithACopyThatKeepsTheBuiltInIdAndVersion_NamesBoth()
    {
        var national = Dalhaengi.Core.Risk.BuiltInRuleSets.NationalOutreach;
        var copy = Path.Combine(_dir, "city-copy.json");
        File.WriteAllText(copy, Dalhaengi.Core.Risk.RiskRuleSetJson.Serialize(national));

        var result = Run("rules", "diff", copy, national.ToString());

        AssertRefused(result, 1, national.ToString());
        Assert.Contains("built-in", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_WithAnEmptyHouseholdsFile_NamesTheFile()
    {
        File.WriteAllText(Path.Combine(_dir, "households.csv"), "");
        File.WriteAllText(Path.Combine(_dir, "signals.csv"), "household_id,indicator,value,observed_on,source\n");

        AssertRefused(Run("screen", "--households", _dir, "--as-of", "2025-03-01"), 1, "households.csv:1");
    }

    [Fact]
    public void Screen_WithACp949HouseholdsFile_NamesTheEncodingAndTheFix()
    {
        var header = "household_id,district,site,housing,contact,consent,consent_on,programmes,members\n";
        // "양평" in CP949.
        File.WriteAllBytes(Path.Combine(_dir, "households.csv"), [.. Encoding.ASCII.GetBytes(header + "hh-1,4183025000,"), 0xB8, 0xE7, 0xC6, 0xF2, .. Encoding.ASCII.GetBytes(",apartment,reachable,none,,,head:1950\n")]);
        File.WriteAllText(Path.Combine(_dir, "signals.csv"), "household_id,indicator,value,observed_on,source\n");

        var result = Run("screen", "--households", _dir, "--as-of", "2025-03-01");

        AssertRefused(result, 1, "households.csv");
        Assert.Contains("CP949", result.Error, StringComparison.Ordinal);
        Assert.Contains("iconv -f cp949 -t utf-8", result.Error, StringComparison.Ordinal);
    }
}
