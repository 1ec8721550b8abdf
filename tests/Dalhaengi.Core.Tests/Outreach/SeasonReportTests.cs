using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Outreach;
using Dalhaengi.Core.Partners;
using NodaTime;
using static Dalhaengi.Core.Tests.Outreach.OutreachTestData;

namespace Dalhaengi.Core.Tests.Outreach;

public sealed partial class SeasonReportTests
{
    private static readonly DateInterval Season2024 = new(new LocalDate(2024, 3, 1), new LocalDate(2024, 12, 31));

    /// <summary>
    /// A hand-built 2024 season: 35 held Wednesday sessions from 2024-03-06 with 40 people attending each, whose
    /// service uses add up to 8,110 ("8,110여 명 이용" is uses, program.md) and items to 1,238, two cancelled sessions,
    /// and nine findings each referred once.
    /// </summary>
    internal static (List<SessionRecord> Sessions, List<Referral> Referrals) Season2024Records()
    {
        var clock = ClockOn(2024, 12, 20);
        var sessions = new List<SessionRecord>();
        for (var i = 0; i < 35; i++)
        {
            var date = new LocalDate(2024, 3, 6).PlusWeeks(i);
            var uses = i < 25 ? 232 : 231;
            var items = i < 13 ? 36 : 35;
            var details = Held(date, 40, items, i % 2 == 0 ? Yangpyeong : Yangseo, services: uses);
            sessions.Add(SessionRecord.Record(new SessionRecordId($"rec-{i:00}"), details, "staff-kim", clock));
        }

        sessions.Add(SessionRecord.Record(new SessionRecordId("rec-c1"), SessionDetails.Cancelled(new LocalDate(2024, 7, 31), new SiteId("yp-site"), Yangseo, CancellationReason.HeatWave), "staff-kim", clock));
        sessions.Add(SessionRecord.Record(new SessionRecordId("rec-c2"), SessionDetails.Cancelled(new LocalDate(2024, 11, 27), new SiteId("yp-site"), Yangpyeong, CancellationReason.Weather), "staff-kim", clock));

        var referrals = new List<Referral>();
        for (var i = 0; i < 9; i++)
        {
            var found = new LocalDate(2024, 3, 6).PlusWeeks(i * 3);
            var referClock = ClockOn(found.Year, found.Month, found.Day);
            var finding = NewFinding($"f-{i}", found, deadlineDays: 14, household: $"hh-{i}");
            var r = NewReferral(referClock, $"ref-{i}", finding, i % 3 == 0 ? MentalHealth : Welfare);
            if (i < 6)
            {
                r = r.Accept("p", referClock).StartService("p", referClock);
                referClock.AdvanceDays(i < 4 ? 10 : 20);
                r = r.Close(ReferralOutcome.Resolved, "p", referClock);
            }
            else if (i == 6)
            {
                r = r.Reject("outside area", "p", referClock);
            }

            referrals.Add(r);
        }

        return (sessions, referrals);
    }

    [Fact]
    public void Compute_On2024Figures_GivesThePublishedTotalsExactly()
    {
        var (sessions, referrals) = Season2024Records();

        var report = SeasonReport.Compute(Season2024, sessions, referrals, []);

        Assert.Equal(35, report.Total.SessionsHeld);
        Assert.Equal(8110, report.Total.ServicesDelivered);
        Assert.Equal(1400, report.Total.ResidentsServed);
        Assert.Equal(9, report.Total.Findings);
        Assert.Equal(1238, report.Total.ItemsDistributed);
        Assert.Equal(2, report.Total.SessionsCancelled);
        Assert.Equal(1, report.Total[SeasonMeasure.SessionsCancelledHeatWave]);
        Assert.Equal(1, report.Total[SeasonMeasure.SessionsCancelledWeather]);
        Assert.Equal(9, report.Total.Referrals);
        Assert.Equal(6, report.Total[SeasonMeasure.ReferralsClosedResolved]);
        Assert.Equal(4, report.Total.ReferralsClosedResolvedWithinDeadline);
        Assert.Equal(1, report.Total[SeasonMeasure.ReferralsRejected]);
        Assert.Equal(2, report.Total[SeasonMeasure.ReferralsReferred]);
        Assert.Equal(8110, report.Total.ServicesDelivered);
        Assert.Equal(8110, report.ServicesByKind[BpCheck]);
        Assert.Equal(8110, report.ByPartner[Dementia].ServicesDelivered);
    }

    [Fact]
    public void Compute_BreaksDownByDistrictAndMonth()
    {
        var (sessions, referrals) = Season2024Records();

        var report = SeasonReport.Compute(Season2024, sessions, referrals, []);

        Assert.Equal(18, report.ByDistrict[Yangpyeong].SessionsHeld);
        Assert.Equal(17, report.ByDistrict[Yangseo].SessionsHeld);
        Assert.Equal(4, report.ByMonth[new YearMonth(2024, 3)].SessionsHeld);
        Assert.Equal([3, 4, 5, 6, 7, 8, 9, 10, 11], report.ByMonth.Keys.Select(m => m.Month));
    }

    [Fact]
    public void Compute_CountsOnlyRecordsInTheSeason_AndTheCurrentCorrectedDetails()
    {
        var clock = ClockOn(2024, 12, 20);
        var inSeason = SessionRecord.Record(new SessionRecordId("a"), Held(new LocalDate(2024, 3, 6), 100, 5), "k", clock)
            .Correct(Held(new LocalDate(2024, 3, 6), 120, 5), "k", "recount", clock);
        var outside = SessionRecord.Record(new SessionRecordId("b"), Held(new LocalDate(2024, 2, 28), 100, 5), "k", clock);

        var report = SeasonReport.Compute(Season2024, [inSeason, outside], [], []);

        Assert.Equal(1, report.Total.SessionsHeld);
        Assert.Equal(120, report.Total.ResidentsServed);
    }

    [Fact]
    public void Compute_CountsCasesOpenedAndClosedByTheirOwnDays()
    {
        var clock = ClockOn(2024, 2, 20);
        var opened = Case.Open(new CaseId("c1"), new HouseholdId("hh-1"), Yangpyeong, "k", clock);
        var c2 = Case.Open(new CaseId("c2"), new HouseholdId("hh-2"), Yangseo, "k", ClockOn(2024, 3, 10));
        var clock2 = ClockOn(2024, 3, 10);
        foreach (var stage in new[] { CaseStage.Assessment, CaseStage.CaseConference, CaseStage.Selection, CaseStage.ServicePlan, CaseStage.DeliveryAndMonitoring, CaseStage.Closure })
        {
            clock2.AdvanceDays(3);
            c2 = c2.AdvanceTo(stage, "k", clock2);
        }

        var report = SeasonReport.Compute(Season2024, [], [], [opened, c2]);

        Assert.Equal(1, report.Total.CasesOpened);
        Assert.Equal(1, report.Total.CasesClosed);
        Assert.Equal(1, report.ByDistrict[Yangseo].CasesClosed);
        Assert.False(report.ByDistrict.ContainsKey(Yangpyeong));
    }

    [Fact]
    public void ToMarkdown_ShowsTotalsAndDistrictNames()
    {
        var (sessions, referrals) = Season2024Records();
        var report = SeasonReport.Compute(Season2024, sessions, referrals, []);

        var md = report.ToMarkdown(BuiltInMunicipalities.Yangpyeong);

        Assert.StartsWith("# Season report 2024-03-01 to 2024-12-31", md, StringComparison.Ordinal);
        Assert.Contains("| Service uses | 8110 |", md, StringComparison.Ordinal);
        Assert.Contains("| Residents attending (people) | 1400 |", md, StringComparison.Ordinal);
        Assert.Contains("| Items distributed | 1238 |", md, StringComparison.Ordinal);
        Assert.Contains("| 양평읍 (4183025000) | 18 |", md, StringComparison.Ordinal);
        Assert.Contains("| 2024-03 | 4 |", md, StringComparison.Ordinal);
        Assert.Contains("| yp-dementia-centre | 8110 | 0 | 0 |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void ToCsv_IsOneLongTableWhoseDistrictRowsSumToTheTotals()
    {
        var (sessions, referrals) = Season2024Records();
        var report = SeasonReport.Compute(Season2024, sessions, referrals, []);

        var lines = report.ToCsv(BuiltInMunicipalities.Yangpyeong).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();

        Assert.Equal("breakdown,key,label,measure,value", lines[0]);
        Assert.Contains("total,,,services_delivered,8110", lines);
        Assert.Contains("total,,,residents_served,1400", lines);
        Assert.Contains("district,4183025000,양평읍,sessions_held,18", lines);
        Assert.Contains("partner,yp-dementia-centre,,services_delivered,8110", lines);
        Assert.Equal(1400, rows.Where(r => r[0] == "district" && r[3] == "residents_served").Sum(r => int.Parse(r[4], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(9, rows.Where(r => r[0] == "month" && r[3] == "findings").Sum(r => int.Parse(r[4], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Compute_WithNoRecords_GivesZeroes()
    {
        var report = SeasonReport.Compute(Season2024, [], [], []);

        Assert.All(SeasonFigures.Measures, m => Assert.Equal(0, report.Total[m]));
        Assert.Empty(report.ByDistrict);
        Assert.Throws<ArgumentOutOfRangeException>(() => report.Total[(SeasonMeasure)999]);
    }

    private static PartnerId PartnerAt(int i) => i switch { 0 => Dementia, 1 => Welfare, _ => MentalHealth };
}
