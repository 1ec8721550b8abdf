using Dalhaengi.SampleHost.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Dalhaengi.SampleHost.Tests;

/// <summary>A city that is not built in runs through the host on its own folder, as Yangpyeong does on the embedded data.</summary>
public sealed class CityCommandsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dalhaengi-city-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Chuncheon => Path.Combine(RepositoryRoot(), "docs", "examples", "chuncheon");

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dalhaengi.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root is not above the test's folder.");
    }

    // Mid-season in Korea, with the database in the test's own folder.
    private HostRunner.Result Run(params string[] args) =>
        HostRunner.Run(
            s => s.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2026, 7, 2, 3, 0)))
                .AddSingleton(new StorageLocation(Path.Combine(_dir, "db", "dalhaengi.db"))),
            args);

    [Fact]
    public void CityValidate_OnTheChuncheonFolder_SaysWhatItHolds()
    {
        var result = Run("city", "validate", Chuncheon);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("춘천시 (chuncheon): 25 districts", result.Out, StringComparison.Ordinal);
        Assert.Contains("chuncheon.outreach@2026.1", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void MainJob_OnTheChuncheonFolder_WritesEveryOutputForChuncheon()
    {
        var outDir = Path.Combine(_dir, "out");

        var result = Run("--city", Chuncheon, "--households", "3000", "--out", outDir);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("춘천시 달리는 행복나눔 이웃들 — season 2026", result.Out, StringComparison.Ordinal);
        Assert.Contains("chuncheon.outreach@2026.1", result.Out, StringComparison.Ordinal);
        foreach (var heading in new[] { "## Screening", "## Next sessions", "## Most urgent households", "## Overdue referrals", "## Season so far" })
        {
            Assert.Contains(heading, result.Out, StringComparison.Ordinal);
        }

        foreach (var file in new[] { "plan.csv", "plan.ics", "report.md", "report.html" })
        {
            Assert.True(File.Exists(Path.Combine(outDir, file)), file);
        }

        var plan = File.ReadAllLines(Path.Combine(outDir, "plan.csv")).Skip(1).Where(l => !l.Contains(",skipped,", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(plan);
        Assert.All(plan, line => Assert.Contains("chuncheon.", line, StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.StartsWith("2026-04-15,", StringComparison.Ordinal) && line.Contains(",planned,", StringComparison.Ordinal));
        Assert.Contains("교동", File.ReadAllText(Path.Combine(outDir, "report.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void PlanScreenRecordReferReport_OnTheChuncheonFolder_AllSucceed()
    {
        var households = Path.Combine(_dir, "households");
        var db = Path.Combine(_dir, "chuncheon.db");

        var plan = Run("plan", "--city", Chuncheon, "--from", "2026-03-04", "--to", "2026-12-16", "--weekday", "wed", "--format", "csv");
        var generate = Run("generate-households", "--city", Chuncheon, "--households", "2000", "--out", households);
        var screen = Run("screen", "--city", Chuncheon, "--households", households, "--as-of", "2026-03-01");
        var record = Run("record-session", "--city", Chuncheon, "--db", db, "--date", "2026-03-04", "--site", "cc-gyo-01", "--residents", "120", "--partner", "cc-office-gyo");
        var refer = Run("refer", "--city", Chuncheon, "--db", db, "--household", "hh-0000001", "--partner", "cc-mental-health-centre",
            "--signal", "screening.phq9.total=16", "--session", "rec-2026-03-04", "--consent", "verbal", "--consent-date", "2026-03-04");
        var report = Run("report", "--city", Chuncheon, "--db", db, "--season", "2026");

        Assert.All(new[] { plan, generate, screen, record, refer, report }, r => Assert.True(r.ExitCode == 0, r.Error));
        Assert.Contains("cc-office-", plan.Out, StringComparison.Ordinal);
        Assert.Contains("chuncheon.outreach@2026.1", screen.Error, StringComparison.Ordinal);
        Assert.Contains("chuncheon.gyo-dong", record.Out, StringComparison.Ordinal);
        Assert.Contains("cc-mental-health-centre", refer.Out, StringComparison.Ordinal);
        Assert.Contains("| 교동 | 1 | 0 | 120 |", report.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void CityValidate_WithOneMistakePerFile_NamesEveryFilePathAndLine()
    {
        var broken = Path.Combine(_dir, "broken");
        Directory.CreateDirectory(broken);
        foreach (var file in Directory.GetFiles(Chuncheon))
        {
            File.Copy(file, Path.Combine(broken, Path.GetFileName(file)));
        }

        Replace(broken, "municipality.json", "\"kind\": \"village-hall\"", "\"kind\": \"village-hal\"");
        Replace(broken, "partners.json", "\"chuncheon.gyo-dong\"", "\"chuncheon.gyodong\"");
        Replace(broken, "rules.json", "\"no-heating\"", "\"no-heatin\"");
        Replace(broken, "holidays.json", "\"kind\": \"local\"", "\"kind\": \"locall\"");
        File.WriteAllText(Path.Combine(broken, "emergency-support.json"), "{\n  \"$schema\": \"dalhaengi.emergency-support/1\",\n  \"incomeLinePercent\": 75,\n");

        var result = Run("city", "validate", broken);

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Matches(@"municipality\.json:\d+ \$\.sites\[0\]\.kind: 'village-hal'", result.Error);
        Assert.Matches(@"partners\.json:\d+ \$\.partners\[\d+\]\.districts\[0\]: .*'chuncheon\.gyodong'.*did you mean 'chuncheon\.gyo-dong'", result.Error);
        Assert.Matches(@"rules\.json(:\d+)? \S*: .*no-heatin", result.Error);
        Assert.Matches(@"holidays\.json:\d+ \$\.days\[0\]\.kind: 'locall'", result.Error);
        Assert.Contains("emergency-support.json", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Refer_WithAMisspeltIndicatorCode_ExitsOneNamingTheCodeMeant()
    {
        var db = Path.Combine(_dir, "chuncheon.db");

        var result = Run("refer", "--city", Chuncheon, "--db", db, "--household", "hh-0000001", "--district", "chuncheon.gyo-dong",
            "--partner", "cc-mental-health-centre", "--signal", "phq9.total=16", "--consent", "verbal", "--consent-date", "2026-03-04");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("did you mean 'screening.phq9.total'?", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void CityOption_OnABrokenFolder_FailsBeforeTheCommandWithExitOne()
    {
        var result = Run("plan", "--city", Path.Combine(_dir, "missing"), "--from", "2026-03-04", "--to", "2026-12-16", "--weekday", "wed");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("the folder does not exist", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void CityInit_ThenValidate_GivesAFolderTheHostRuns()
    {
        var city = Path.Combine(_dir, "new-city");

        var init = Run("city", "init", city, "--from", "hwaseong");
        var validate = Run("city", "validate", city);
        var again = Run("city", "init", city);

        Assert.Equal(0, init.ExitCode);
        Assert.Equal(0, validate.ExitCode);
        Assert.Contains("화성시", File.ReadAllText(Path.Combine(city, "municipality.json")), StringComparison.Ordinal);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("never overwrites", again.Error, StringComparison.Ordinal);
    }

    private static void Replace(string dir, string file, string from, string to)
    {
        var path = Path.Combine(dir, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        File.WriteAllText(path, string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length)));
    }
}
