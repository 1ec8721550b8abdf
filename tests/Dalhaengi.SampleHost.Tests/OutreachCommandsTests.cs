using Dalhaengi.SampleHost.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Dalhaengi.SampleHost.Tests;

public sealed class OutreachCommandsTests : IDisposable
{
    // 2025-01-10 10:00 in Korea: after the seeded 2024 season.
    private static readonly FakeClock Clock = new(Instant.FromUtc(2025, 1, 10, 1, 0));

    // Each test gets its own database, seeded on first use, so tests neither share state nor write into the repository.
    private readonly string _folder = Directory.CreateTempSubdirectory("dalhaengi-outreach-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private HostRunner.Result Run(params string[] args) =>
        HostRunner.Run(
            s =>
            {
                s.AddSingleton<IClock>(new FakeClock(Clock.GetCurrentInstant()));
                s.AddSingleton(new StorageLocation(Path.Combine(_folder, "dalhaengi.db")));
            },
            args);

    [Fact]
    public void ReportHtml_DrawsOneCellPerHeldSessionAndTheReferralFunnel()
    {
        var html = Path.Combine(_folder, "report.html");

        var result = Run("report", "--season", "2024", "--html", html);

        Assert.Equal(0, result.ExitCode);
        var page = System.Xml.Linq.XDocument.Load(html);
        System.Xml.Linq.XNamespace svg = "http://www.w3.org/2000/svg";
        var cells = page.Descendants(svg + "rect").Where(r => (string?)r.Attribute("class") == "session held mark").ToList();
        Assert.Equal(35, cells.Count);
        Assert.Contains(page.Descendants(), e => e.Value.Contains("Referral", StringComparison.Ordinal));
    }

    [Fact]
    public void Report_On2024_GivesThePublishedTotals()
    {
        var result = Run("report", "--season", "2024");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("| 실시 회차 | 35 |", result.Out, StringComparison.Ordinal);
        Assert.Contains("| 서비스 이용(건) | 8,110 |", result.Out, StringComparison.Ordinal);
        Assert.Contains("| 유소견 가구 | 9 |", result.Out, StringComparison.Ordinal);
        Assert.Contains("| 물품 배부 수 | 1,238 |", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"35 sessions held, \d+ residents attending, 8110 service uses, 9 findings, 1238 items", result.Error);
    }

    [Fact]
    public void Report_AsCsv_IsALongTableWithTheTotals()
    {
        var result = Run("report", "--season", "2024", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("breakdown,key,label,measure,value", result.Lines[0]);
        Assert.Contains("total,,,services_delivered,8110", result.Lines);
        Assert.Contains("total,,,sessions_cancelled_heat_wave,2", result.Lines);
    }

    [Fact]
    public void Report_WithAnUnknownFormat_IsBadInput()
    {
        var result = Run("report", "--season", "2024", "--format", "pdf");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--format", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Overdue_OnTheDueDateAndTheDayAfter()
    {
        var onDueDate = Run("overdue", "--as-of", "2024-06-26");
        var dayAfter = Run("overdue", "--as-of", "2024-06-27");

        Assert.DoesNotContain(onDueDate.Lines, l => l.StartsWith("ref-2024-005,", StringComparison.Ordinal));
        Assert.Contains("ref-2024-005,referred,yp-mudeung-care,4183031000,hh-yp-f05,2024-06-26,1", dayAfter.Lines);
        Assert.Contains("partner yp-mudeung-care: 1", dayAfter.Error, StringComparison.Ordinal);
        Assert.Contains("district 강상면", dayAfter.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Overdue_WithABadDate_IsBadInput()
    {
        var result = Run("overdue", "--as-of", "June");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("yyyy-MM-dd", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordSession_PrintsTheRecord()
    {
        var result = Run("record-session", "--date", "2025-03-05", "--site", "yp-yangpyeong-25", "--residents", "52", "--items", "30",
            "--service", "health.basic-check:yp-health-promotion:25", "--service", "care.hand-massage:yp-volunteer-centre:12");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("rec-2025-03-05,2025-03-05,yp-yangpyeong-25,4183025000,held,52,37,30", Assert.Single(result.Lines));
    }

    [Fact]
    public void RecordSession_Cancelled_AndWithAnUnknownSite()
    {
        var cancelled = Run("record-session", "--date", "2025-07-30", "--site", "yp-yangpyeong-25", "--cancelled", "heat-wave");
        var unknown = Run("record-session", "--date", "2025-07-30", "--site", "nowhere");

        Assert.Equal(0, cancelled.ExitCode);
        Assert.Contains(",cancelled,0,0,0", cancelled.Out, StringComparison.Ordinal);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("no site 'nowhere'", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Refer_WithoutConsent_IsBlocked_WithConsentSucceeds()
    {
        string[] common = ["refer", "--household", "hh-new", "--district", "양평읍", "--partner", "yp-mental-health-centre", "--signal", "screening.phq9.total=18", "--deadline-days", "3"];

        var blocked = Run(common);
        var allowed = Run([.. common, "--consent", "written"]);

        Assert.Equal(1, blocked.ExitCode);
        Assert.Contains("ReferralSharingPersonalDataNeedsConsent", blocked.Error, StringComparison.Ordinal);
        Assert.Equal(0, allowed.ExitCode);
        Assert.Equal("ref-cli-010,referred,yp-mental-health-centre,4183025000,hh-new,2025-01-13", Assert.Single(allowed.Lines));
    }

    [Fact]
    public void ReferralAdvance_Legal_PrintsTheTrail_IllegalIsBadInput()
    {
        var accepted = Run("referral", "advance", "ref-2024-005", "--to", "accepted", "--by", "partner-kim");
        // The acceptance was stored, so accepting again in the next run is an illegal move.
        var illegal = Run("referral", "advance", "ref-2024-005", "--to", "accepted");

        Assert.Equal(0, accepted.ExitCode);
        Assert.Equal("2025-01-10T01:00:00Z,accepted,yp-mudeung-care,partner-kim,,", accepted.Lines[^1]);
        Assert.Equal(1, illegal.ExitCode);
        Assert.Contains("ReferralTransitionMustBeLegal", illegal.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReferralAdvance_UnknownReferral_IsBadInput()
    {
        var result = Run("referral", "advance", "ref-none", "--to", "accepted");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no referral 'ref-none'", result.Error, StringComparison.Ordinal);
    }
}
