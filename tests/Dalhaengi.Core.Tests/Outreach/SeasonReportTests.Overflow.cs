using Dalhaengi.Core.Outreach;
using NodaTime;
using static Dalhaengi.Core.Tests.Outreach.OutreachTestData;

namespace Dalhaengi.Core.Tests.Outreach;

public sealed partial class SeasonReportTests
{
    [Fact]
    public void Compute_WhenStoredSessionsHoldTheLargestCountsASessionAllows_SumsThemWithoutOverflow()
    {
        // A session record accepts int.MaxValue per count; a season's sums must hold any number of such rows.
        var clock = ClockOn(2024, 12, 20);
        var sessions = Enumerable.Range(0, 3)
            .Select(i => SessionRecord.Record(
                new SessionRecordId($"rec-max-{i}"),
                Held(new LocalDate(2024, 3, 6).PlusWeeks(i), int.MaxValue, int.MaxValue, services: int.MaxValue),
                "staff-kim",
                clock))
            .ToList();

        var report = SeasonReport.Compute(Season2024, sessions, [], []);

        const long expected = 3L * int.MaxValue;
        Assert.Equal(
            (expected, expected, expected),
            (report.Total.ResidentsServed, report.Total.ServicesDelivered, report.Total.ItemsDistributed));
        Assert.Equal(expected, report.ServicesByKind[BpCheck]);
        Assert.Equal(expected, report.ByPartner[Dementia].ServicesDelivered);
        Assert.Contains($"total,,,residents_served,{expected}", report.ToCsv(), StringComparison.Ordinal);
    }
}
