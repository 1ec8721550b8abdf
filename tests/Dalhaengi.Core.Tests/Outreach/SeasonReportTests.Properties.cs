using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Outreach;
using Dalhaengi.Core.Tests.Arbitraries;
using FsCheck.Xunit;
using NodaTime;
using static Dalhaengi.Core.Tests.Outreach.OutreachTestData;

namespace Dalhaengi.Core.Tests.Outreach;

public sealed partial class SeasonReportTests
{
    private static readonly LocalDate SeasonStart = new(2024, 3, 1);

    [Property(Arbitrary = [typeof(SeasonArbitraries)])]
    public bool Totals_EqualTheSumsOfTheirBreakdowns((SessionSpec[] Sessions, ReferralSpec[] Referrals) season)
    {
        var report = Build(season);

        foreach (var m in SeasonFigures.Measures)
        {
            if (report.ByDistrict.Values.Sum(f => f[m]) != report.Total[m] || report.ByMonth.Values.Sum(f => f[m]) != report.Total[m])
            {
                return false;
            }
        }

        return report.ServicesByKind.Values.Sum() == report.Total.ServicesDelivered
            && report.ByPartner.Values.Sum(p => p.ServicesDelivered) == report.Total.ServicesDelivered
            && report.ByPartner.Values.Sum(p => p.Referrals) == report.Total.Referrals
            && report.ByPartner.Values.Sum(p => p.ReferralsClosedResolvedWithinDeadline) == report.Total.ReferralsClosedResolvedWithinDeadline
            && report.Total.SessionsCancelled == report.Total[SeasonMeasure.SessionsCancelledWeather] + report.Total[SeasonMeasure.SessionsCancelledHeatWave] + report.Total[SeasonMeasure.SessionsCancelledOther]
            && report.Total.Referrals == Enum.GetValues<SeasonMeasure>().Where(m => m is >= SeasonMeasure.ReferralsReferred and <= SeasonMeasure.ReferralsClosedTransferred).Sum(m => report.Total[m])
            && report.Total.SessionsHeld + report.Total.SessionsCancelled == season.Sessions.Count(s => s.DayOffset < 306);
    }

    private static SeasonReport Build((SessionSpec[] Sessions, ReferralSpec[] Referrals) season)
    {
        var clock = ClockOn(2025, 1, 5);
        var districts = new[] { Yangpyeong, Yangseo, new DistrictCode("d-3"), new DistrictCode("d-4") };
        var sessions = season.Sessions.Select((s, i) =>
        {
            var date = SeasonStart.PlusDays(s.DayOffset);
            var details = s.Cancelled is { } reason
                ? SessionDetails.Cancelled(date, new SiteId("site"), districts[s.District], reason)
                : Held(date, s.Residents, s.Items, districts[s.District]) with
                {
                    PartnersPresent = [Dementia, Welfare, MentalHealth],
                    Services = s.Services > 0 ? [new ServiceDelivery(BpCheck, PartnerAt(s.Partner), s.Services), new ServiceDelivery(HandMassage, Welfare, 1)] : [],
                };
            return SessionRecord.Record(new SessionRecordId($"rec-{i}"), details, "k", clock);
        });

        var referrals = season.Referrals.Select((r, i) =>
        {
            var found = SeasonStart.PlusDays(r.DayOffset);
            var rc = ClockOn(found.Year, found.Month, found.Day);
            var referral = NewReferral(rc, $"ref-{i}", NewFinding($"f-{i}", found, r.DeadlineDays, districts[r.District], $"hh-{i}"), PartnerAt(r.Partner));
            if (r.Steps >= 1)
            {
                rc.AdvanceDays(r.Steps * 4);
                referral = r.Steps == 1 ? referral.Reject("full", "p", rc) : referral.Accept("p", rc);
            }

            if (r.Steps >= 3)
            {
                referral = referral.StartService("p", rc);
            }

            if (r.Steps >= 4)
            {
                referral = referral.Close(r.Steps == 4 ? ReferralOutcome.Resolved : ReferralOutcome.Unreachable, "p", rc);
            }

            return referral;
        });

        return SeasonReport.Compute(new DateInterval(SeasonStart, new LocalDate(2024, 12, 31)), sessions, referrals, []);
    }
}
