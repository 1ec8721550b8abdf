using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Outreach;
using Dalhaengi.SampleHost.Outreach;

namespace Dalhaengi.SampleHost.Tests;

/// <summary>
/// The sample 2024 season against program.md: 35 sessions, about 8,110 service uses ("8,110여 명 이용" counts uses, not
/// people), 9 findings, 1,238 items, and 30–50 people attending a session as the press reports.
/// </summary>
public sealed class SampleSeason2024Tests
{
    [Fact]
    public void Generate_ReproducesThePublishedFiguresWithPlausibleAttendance()
    {
        var (sessions, referrals, cases) = SampleSeason.Generate(BuiltInMunicipalities.Yangpyeong);
        var report = SeasonReport.Compute(new(new(2024, 1, 1), new(2024, 12, 31)), sessions, referrals, cases);

        var held = sessions.Where(s => s.Current.Status == SessionStatus.Held).ToList();
        Assert.Equal(35, report.Total.SessionsHeld);
        Assert.Equal(SampleSeason.PublishedServiceUses, report.Total.ServicesDelivered);
        Assert.Equal(8110, report.Total.ServicesDelivered);
        Assert.Equal(9, report.Total.Findings);
        Assert.Equal(1238, report.Total.ItemsDistributed);
        Assert.All(held, s => Assert.InRange(s.Current.ResidentsServed, 30, 50));
        Assert.All(held, s => Assert.True(s.Current.ServicesDelivered > s.Current.ResidentsServed, "each person uses several services"));
        Assert.InRange(report.Total.ResidentsServed, 35 * 30, 35 * 50);
    }
}
