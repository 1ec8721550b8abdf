using Dalhaengi.SampleHost.Storage;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Dalhaengi.SampleHost.Tests;

/// <summary>The main job (the default <c>run</c> command) end to end, against a temp folder and a fake clock.</summary>
public sealed class MainJobTests : IDisposable
{
    private static readonly string[] Outputs = ["plan.csv", "plan.xlsx", "plan.ics", "report.md", "report.xlsx", "report.html", "households/households.csv", "households/signals.csv"];
    private readonly string _dir = Directory.CreateTempSubdirectory("dalhaengi-main-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // Mid-season, a Thursday in Korea: sessions were held, some referrals are still open. The database lives in
    // the test's own folder, never in the current directory shared with other tests.
    private void MidSeason(IServiceCollection services) =>
        services.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2025, 7, 3, 3, 0)))
            .AddSingleton(new StorageLocation(Path.Combine(_dir, "db", "dalhaengi.db")));

    private HostRunner.Result Run(string dir, params string[] args) => HostRunner.Run(MidSeason, ["--out", dir, .. args]);

    [Fact]
    public void Run_WithNoOptions_ScreensPlansRecordsAndWritesTheFiveOutputs()
    {
        var result = HostRunner.Run(MidSeason, "run", "--out", _dir);

        Assert.Equal(0, result.ExitCode);
        Assert.All(Outputs, f => Assert.True(File.Exists(Path.Combine(_dir, f)), f));
        Assert.Contains("season 2025", result.Out, StringComparison.Ordinal);
        Assert.Contains("60,000 households (generated)", result.Out, StringComparison.Ordinal);
        foreach (var heading in new[] { "## Screening", "## Next sessions", "## Most urgent households", "## Overdue referrals", "## Season so far" })
        {
            Assert.Contains(heading, result.Out, StringComparison.Ordinal);
        }

        Assert.Contains("읍면\tlow\tmedium\thigh\turgent", result.Out, StringComparison.Ordinal);
        Assert.StartsWith("# 양평군 달리는 행복나눔 이웃들 시즌 보고서: 2025-03-01 ~ 2025-12-20", File.ReadAllText(Path.Combine(_dir, "report.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Twice_WritesIdenticalFiles_ReusingTheHouseholdsTheSecondTime()
    {
        var other = Path.Combine(_dir, "second");
        var first = Run(_dir, "--households", "4000");
        var copy = Outputs.ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(_dir, f)));

        var again = Run(_dir);
        var fresh = Run(other, "--households", "4000");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("(reused)", again.Out, StringComparison.Ordinal);
        Assert.All(Outputs, f => Assert.Equal(copy[f], File.ReadAllBytes(Path.Combine(_dir, f))));
        Assert.All(Outputs, f => Assert.Equal(copy[f], File.ReadAllBytes(Path.Combine(other, f))));
        Assert.Equal(first.Out, again.Out.Replace("(reused)", "(generated)", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_PlansOnWednesdaysWithHeldSessionsBeforeTodayAndPlannedOnesAfter()
    {
        Run(_dir, "--households", "4000");

        var rows = File.ReadAllLines(Path.Combine(_dir, "plan.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        var sessions = rows.Where(r => r[2] is "held" or "planned").ToList();
        Assert.All(sessions, r => Assert.Equal(IsoDayOfWeek.Wednesday, NodaTime.Text.LocalDatePattern.Iso.Parse(r[0]).Value.DayOfWeek));
        Assert.All(sessions, r => Assert.Equal(string.CompareOrdinal(r[0], "2025-07-03") < 0 ? "held" : "planned", r[2]));
        Assert.Contains(rows, r => r[0] == "2025-10-08" && r[2] == "skipped");
    }

    [Fact]
    public void ReportHtml_IsWellFormedKoreanXhtml_WithOneCalendarCellPerSessionAndNoScript()
    {
        Run(_dir, "--households", "4000");
        var sessions = File.ReadAllLines(Path.Combine(_dir, "plan.csv")).Count(l => l.Contains(",held,", StringComparison.Ordinal) || l.Contains(",planned,", StringComparison.Ordinal));

        var page = ParseHtml(Path.Combine(_dir, "report.html"));

        XNamespace svg = "http://www.w3.org/2000/svg";
        Assert.Equal("ko", page.Root!.Attribute("lang")!.Value);
        var cells = page.Descendants(svg + "rect").Where(r => ((string?)r.Attribute("class"))?.StartsWith("session ", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(sessions, cells.Count);
        Assert.All(cells, c => Assert.Contains("참여 기관: ", c.Element(svg + "title")!.Value, StringComparison.Ordinal));
        Assert.DoesNotContain(page.Descendants(), e => e.Name.LocalName == "script");
        Assert.NotNull(page.Descendants(svg + "svg").SingleOrDefault(e => (string?)e.Attribute("id") == "tiers"));
        var funnel = page.Descendants(svg + "svg").Single(e => (string?)e.Attribute("id") == "funnel");
        Assert.Equal(4, funnel.Elements(svg + "rect").Count());
    }

    [Fact]
    public void Run_WithAYearOutsideTheCalendar_ExitsWith1NamingTheOption()
    {
        var result = Run(_dir, "--year", "2099");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--year 2099", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WithAYearThatIsNotANumber_IsAUsageError()
    {
        Assert.Equal(2, Run(_dir, "--year", "soon").ExitCode);
    }

    internal static XDocument ParseHtml(string path)
    {
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }
}
