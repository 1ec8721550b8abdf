using System.Globalization;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Outreach;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Risk;
using Dalhaengi.Core.Rotation;
using NodaTime;

namespace Dalhaengi.SampleHost.MainJob;

/// <summary>
/// Records a seeded sample of the plan's sessions before today as held (a few cancelled by weather), with findings from
/// the visited district's screened high and urgent households, each referred to the partner the
/// <see cref="ReferralRouter"/> proposes and moved on as far as the days since allow. Synthetic sample data.
/// </summary>
internal sealed class SeasonRecorder(ReferralRouter router, PartnerRoster roster, int seed)
{
    private const string Staff = "staff-main-job";
    private const string PartnerStaff = "partner-staff";

    public sealed record Result(List<SessionRecord> Sessions, List<Referral> Referrals, List<HeldSession> Held, int Unrouted);

    public Result Record(RotationPlan plan, Screening screening, LocalDate today)
    {
        var random = new Random(seed);
        var found = new HashSet<HouseholdId>();
        var byDistrict = screening.MostUrgentFirst().Where(screening.IsHighOrUrgent).GroupBy(i => screening.Households[i].District)
            .ToDictionary(g => g.Key, g => g.ToList());
        var result = new Result([], [], [], 0);
        var unrouted = 0;
        foreach (var session in plan.Sessions.Where(s => s.Date < today))
        {
            var year = session.Date.Year;
            var recordId = new SessionRecordId(string.Create(CultureInfo.InvariantCulture, $"rec-{session.Date:uuuu-MM-dd}-{session.Slot}"));
            var recorded = FixedClock.At(session.Date, 17);
            var partners = session.Team.Select(m => m.Partner).ToList();
            if (Cancelled(session.Date, random) is { } reason)
            {
                var note = reason == CancellationReason.HeatWave ? "폭염경보 (heat-wave warning)" : "호우 (heavy rain)";
                result.Sessions.Add(SessionRecord.Record(
                    recordId, SessionDetails.Cancelled(session.Date, session.Site, session.District, reason, note, session.Id), Staff, recorded));
                result.Held.Add(new HeldSession(session.Date, session.Slot, session.Site, HeldSessionStatus.Cancelled));
                continue;
            }

            var households = new List<HouseholdId>();
            var candidates = byDistrict.GetValueOrDefault(session.District) ?? [];
            for (var k = FindingsAt(random); k > 0; k--)
            {
                var open = candidates.Where(i => !found.Contains(screening.Households[i].Id)).Take(20).ToList();
                if (open.Count == 0)
                {
                    break;
                }

                var household = screening.Households[open[random.Next(open.Count)]];
                found.Add(household.Id);
                // The team works from the screening list drawn up at the season's start.
                var assessment = screening.Evaluator.Explain(household, screening.AsOf);
                if (!HasSignals(assessment) || assessment.Tier.MinScore < screening.Tiers[screening.HighTier].MinScore)
                {
                    continue;
                }

                households.Add(household.Id);
                var number = result.Referrals.Count + unrouted + 1;
                // The assessment's signals are the finding's evidence and, as indicator codes, the referral's needs.
                var finding = Finding.From(
                    new FindingId(string.Create(CultureInfo.InvariantCulture, $"fnd-{year}-{number:000}")), assessment, session.District, session.Date, recordId);
                if (router.Propose(finding.ToReferralRequest(), plan, session.Date) is not [var proposal, ..])
                {
                    unrouted++;
                    continue;
                }

                var clock = FixedClock.At(session.Date, 16);
                var referral = Referral.Open(new ReferralId(string.Create(CultureInfo.InvariantCulture, $"ref-{year}-{number:000}")),
                    ReferralSubject.ForFinding(finding, Consent(household, session.Date)), proposal.Partner, Staff, clock);
                result.Referrals.Add(Advance(referral, assessment.Tier.ResponseDays, today, clock, random));
            }

            result.Sessions.Add(SessionRecord.Record(recordId, new SessionDetails
            {
                Date = session.Date,
                Site = session.Site,
                District = session.District,
                PlannedSession = session.Id,
                PartnersPresent = partners,
                StaffCount = partners.Sum(p => roster.FindPartner(p)?.StaffPerSession ?? 1),
                VolunteerCount = random.Next(6, 13),
                ResidentsServed = random.Next(30, 51), // people attending; the services below are uses
                Households = households,
                Services = [.. session.Team.SelectMany(m => m.Services.Select(s => new ServiceDelivery(s, m.Partner, random.Next(3, 21))))], // about 230 uses a session, as in 2024
                Items = [new ItemDistribution("홍보물품 (promotional goods)", random.Next(25, 46))],
            }, Staff, recorded));
            result.Held.Add(new HeldSession(session.Date, session.Slot, session.Site, HeldSessionStatus.Held, partners));
        }

        return result with { Unrouted = unrouted };
    }

    // Summer sessions are sometimes called off for heat, any session now and then for rain.
    private static CancellationReason? Cancelled(LocalDate date, Random random)
    {
        var roll = random.Next(100);
        return date.Month is 7 or 8 && roll < 20 ? CancellationReason.HeatWave
            : roll < 3 ? CancellationReason.Weather
            : null;
    }

    private static bool HasSignals(RiskAssessment assessment) =>
        assessment.Contributions.Any(c => c.Signals.Count > 0) || assessment.RedFlags.Any(f => f.Signals.Count > 0);

    // Consent already on file counts; otherwise the team asks at the session and notes verbal consent.
    private static ConsentRecord Consent(Household household, LocalDate on) =>
        household.Consent.GivenOn is { } given && given <= on && household.Consent.Level != ConsentLevel.None
            ? ConsentRecord.From(household.Consent)
            : ConsentRecord.Verbal(on);

    // About one finding in two sessions at most two (2024: 9 findings in 35 sessions; the screening list adds more).
    private static int FindingsAt(Random random) => random.Next(20) switch
    {
        < 10 => 0,
        < 17 => 1,
        _ => 2,
    };

    // Most partners respond within the tier's deadline; one in four is slow and runs late. Nothing happens after today.
    private static Referral Advance(Referral referral, int deadlineDays, LocalDate today, FixedClock clock, Random random)
    {
        var slow = random.Next(4) == 0;
        var close = slow ? random.Next(deadlineDays + 5, deadlineDays + 40) : random.Next(0, deadlineDays + 1);
        var accept = slow ? random.Next(1, 4) : 0;
        var start = Math.Min(close, accept + (slow ? random.Next(1, 5) : random.Next(0, 2)));
        var unreachable = random.Next(10) == 0;
        var steps = new (int Day, Func<Referral, Referral> Move)[]
        {
            (accept, r => r.Accept(PartnerStaff, clock)),
            (Math.Max(accept, start), r => r.StartService(PartnerStaff, clock)),
            (Math.Max(Math.Max(accept, start), close), r => unreachable
                ? r.Close(ReferralOutcome.Unreachable, PartnerStaff, clock, "three calls and a visit, no answer")
                : r.Close(ReferralOutcome.Resolved, PartnerStaff, clock)),
        };
        var day = 0;
        var found = referral.ReferredOn;
        foreach (var (at, move) in steps)
        {
            clock.Later(at - day);
            day = at;
            if (found.PlusDays(at) >= today)
            {
                break;
            }

            referral = move(referral);
        }

        return referral;
    }
}
