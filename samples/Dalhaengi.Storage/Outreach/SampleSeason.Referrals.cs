using Dalhaengi.Core.Households;
using Dalhaengi.Core.Outreach;
using Dalhaengi.Core.Partners;
using NodaTime;

namespace Dalhaengi.SampleHost.Outreach;

/// <summary>The nine findings of the sample season, their referrals in various states, and two integrated cases.</summary>
internal static partial class SampleSeason
{
    private enum Fate
    {
        ResolvedOnTime,
        ResolvedLate,
        InService,
        Accepted,
        RejectedThenReReferred,
        Unreachable,
    }

    private static readonly (int Session, string Signal, decimal Value, PartnerId Partner, int Days, Fate Fate, bool Case)[] Findings =
    [
        (1, "screening.phq9.total", 17, SamplePartners.MentalHealth, 3, Fate.ResolvedOnTime, false),
        (4, "screening.bp.systolic", 184, SamplePartners.HealthCentre, 1, Fate.ResolvedOnTime, false),
        (7, "screening.cognitive.positive", 1, SamplePartners.DementiaCentre, 14, Fate.ResolvedOnTime, false),
        (10, "observation.isolated", 1, SamplePartners.CountyWelfare, 7, Fate.ResolvedLate, true),
        (13, "arrears.electricity.months", 4, SamplePartners.CountyWelfare, 7, Fate.RejectedThenReReferred, false),
        (17, "screening.phq9.item9", 1, SamplePartners.MentalHealth, 0, Fate.ResolvedOnTime, false),
        (21, "observation.no-heating", 1, SamplePartners.MudeunDolbom, 7, Fate.InService, true),
        (26, "observation.skipped-meals", 1, SamplePartners.SeniorWelfare, 14, Fate.Unreachable, false),
        (31, "observation.home-disrepair", 1, SamplePartners.SelfSufficiency, 30, Fate.Accepted, false),
    ];

    private static (List<Referral> Referrals, List<Case> Cases) ReferralsAndCases(List<SessionRecord> sessions, Random random)
    {
        var held = sessions.Where(s => s.Current.Status == SessionStatus.Held).ToList();
        var referrals = new List<Referral>();
        var cases = new List<Case>();
        for (var i = 0; i < Findings.Length; i++)
        {
            var spec = Findings[i];
            var session = held[spec.Session];
            var day = session.Current.Date;
            var household = new HouseholdId($"hh-yp-f{i + 1:00}");
            var finding = new Finding(
                new FindingId($"fnd-2024-{i + 1:000}"), household, session.Current.District, day,
                [new ObservedSignal(spec.Signal, spec.Value, day)], Period.FromDays(spec.Days), session.Id);
            var consent = i % 3 == 0 ? ConsentRecord.Verbal(day) : ConsentRecord.Written(day);
            var clock = SettableClock.At(day, 16);
            var caseId = spec.Case ? new CaseId($"case-2024-{cases.Count + 1:000}") : (CaseId?)null;
            var subject = ReferralSubject.ForFinding(finding, consent) with { Case = caseId };
            var referral = Referral.Open(new ReferralId($"ref-2024-{i + 1:000}"), subject, spec.Partner, "staff-yp-01", clock);
            referral = Advance(referral, spec.Fate, spec.Days, clock, random);
            if (caseId is { } id)
            {
                cases.Add(CaseFor(id, household, finding, referral, clock));
            }

            referrals.Add(referral);
        }

        return (referrals, cases);
    }

    private static Referral Advance(Referral r, Fate fate, int days, SettableClock clock, Random random)
    {
        void Later(int d) => clock.Now += Duration.FromDays(d);
        const string Partner = "partner-staff";
        if (fate == Fate.RejectedThenReReferred)
        {
            Later(1);
            r = r.Reject("주소지가 관할 밖 (outside our area)", Partner, clock);
            Later(1);
            return r.ReRefer(SamplePartners.MudeunDolbom, "staff-yp-01", clock);
        }

        Later(days == 0 ? 0 : 1);
        r = r.Accept(Partner, clock);
        if (fate == Fate.Accepted)
        {
            return r;
        }

        if (fate == Fate.Unreachable)
        {
            Later(days + 5);
            return r.Close(ReferralOutcome.Unreachable, Partner, clock, "three calls and a visit, no answer; 복지등기 sent");
        }

        r = r.StartService(Partner, clock);
        if (fate == Fate.InService)
        {
            return r;
        }

        Later(fate == Fate.ResolvedLate ? days + random.Next(3, 10) : Math.Max(0, days - 1));
        return r.Close(ReferralOutcome.Resolved, Partner, clock);
    }

    private static Case CaseFor(CaseId id, HouseholdId household, Finding finding, Referral referral, SettableClock referralClock)
    {
        var clock = SettableClock.At(finding.FoundOn, 9);
        void Later(int d) => clock.Now += Duration.FromDays(d);
        var c = Case.Open(id, household, finding.District, "staff-yp-02", clock, "from a session finding");
        foreach (var (stage, gap) in new[] { (CaseStage.Assessment, 0), (CaseStage.CaseConference, 8), (CaseStage.Selection, 4), (CaseStage.ServicePlan, 3) })
        {
            Later(gap);
            c = c.AdvanceTo(stage, "staff-yp-02", clock);
        }

        c = c.AddService(referral.Id, "staff-yp-02", clock);
        Later(1);
        c = c.AdvanceTo(CaseStage.DeliveryAndMonitoring, "staff-yp-02", clock);
        Later(20);
        c = c.RecordMonitoring("staff-yp-02", clock, "visited; heating repaired");
        if (referral.IsOpen)
        {
            return c;
        }

        clock.Now = Instant.Max(clock.Now, referralClock.Now) + Duration.FromDays(2);
        return c.Close([referral], "staff-yp-02", clock, "goals met");
    }
}
