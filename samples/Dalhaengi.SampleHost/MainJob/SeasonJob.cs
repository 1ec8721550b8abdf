using System.Globalization;
using Dalhaengi.Core;
using Dalhaengi.Core.Calendar;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Outreach;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Risk;
using Dalhaengi.Core.Rotation;
using Dalhaengi.SampleHost.Infrastructure;
using NodaTime;

namespace Dalhaengi.SampleHost.MainJob;

/// <summary>
/// The main job's pipeline, every step through the services <c>AddDalhaengi</c> registered: households → screening →
/// season plan weighted by risk → held sessions, findings and referrals so far → re-plan of the rest → season report.
/// </summary>
internal sealed class SeasonJob(
    Municipality municipality, PartnerRoster roster, RiskEvaluator evaluator, RotationPlanner planner, ReferralRouter router,
    IHolidayCalendar calendar, ISessionRecordRepository sessionStore, IReferralRepository referralStore, IHouseholdRepository householdStore,
    IRotationPlanRepository planStore, HostProgress progress, HostConsole io)
{
    /// <summary>Everything the summary, the files and the page are made from.</summary>
    public sealed record Outcome(
        LocalDate Today, Season Season, string HouseholdSource, Screening Screening, RotationPlan Plan,
        IReadOnlyList<SessionRecord> Sessions, IReadOnlyList<Referral> Referrals, int Unrouted, SeasonReport Report, OverdueReferrals Overdue);

    /// <summary>The name the season's plan is saved under: the municipality's English name's first word and the year, <c>yangpyeong-2026</c>.</summary>
    public string PlanName(int year)
    {
        var word = new string([.. municipality.Name.English.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault("")
            .Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant)]);
        return string.Create(CultureInfo.InvariantCulture, $"{(word.Length > 0 ? word : municipality.Code.Value)}-{year}");
    }

    /// <summary>The season of a year: Wednesdays from 1 March to 20 December (2024: 6 March to 18 December, as held).</summary>
    public Season SeasonOf(int year) =>
        new(new DateInterval(new LocalDate(year, 3, 1), new LocalDate(year, 12, 20)), [IsoDayOfWeek.Wednesday], calendar);

    public async Task<Outcome> RunAsync(LocalDate today, int year, int seed, int householdCount, bool regenerate, string householdDir, CancellationToken cancellationToken)
    {
        var season = SeasonOf(year);
        var start = season.Dates.Start;
        var (households, source) = progress.Step("Households", () => Households(householdDir, start, seed, householdCount, regenerate));
        var screening = progress.Step("Screening", () => Screening.Run(households, evaluator, start));
        await progress.StepAsync("Storing the households", () => StoreHouseholdsAsync(households, cancellationToken));
        var request = new RotationRequest(municipality, season, roster, RotationPolicy.Default with { Weight = DistrictWeight.HighRiskHouseholds },
            screening.DistrictRisk(municipality));
        var plan = progress.Step("Planning the season", () => planner.Plan(request));
        var recorded = progress.Step("Recording the sessions so far", () => new SeasonRecorder(router, roster, seed).Record(plan, screening, today));
        if (recorded.Held.Count > 0)
        {
            plan = progress.Step("Re-planning the rest of the season", () => planner.Replan(plan, recorded.Held, today));
        }

        await StoreAsync(recorded, cancellationToken);
        await planStore.SaveAsync(PlanName(year), plan, cancellationToken);
        var report = SeasonReport.Compute(season.Dates, recorded.Sessions, recorded.Referrals, []);
        var overdue = OverdueReferrals.Find(recorded.Referrals, today);
        return new Outcome(today, season, source, screening, plan, recorded.Sessions, recorded.Referrals, recorded.Unrouted, report, overdue);
    }

    private (List<Household> Households, string Source) Households(string dir, LocalDate asOf, int seed, int count, bool regenerate)
    {
        if (!regenerate && File.Exists(Path.Combine(dir, HouseholdCsv.HouseholdsFile)) && File.Exists(Path.Combine(dir, HouseholdCsv.SignalsFile)))
        {
            try
            {
                return (HouseholdCsv.Read(dir, evaluator.Catalog), "reused");
            }
            catch (DalhaengiValidationException ex)
            {
                io.Error.WriteLine($"note: {dir} is not valid ({ex.Problems.Count} problem(s)); generating the households again");
            }
        }

        var households = SyntheticPopulation.Generate(asOf, seed, count, municipality).ToList();
        HouseholdCsv.Write(households, dir);
        return (households, "generated");
    }

    // Stores the screened households the store does not hold yet: all in one batch on a fresh store (one transaction,
    // one prepared statement), only the missing ones after that. Stored households are never overwritten here: a
    // household changed since (a signal, consent) must not be reset by the next run of the job.
    private async Task<int> StoreHouseholdsAsync(List<Household> households, CancellationToken cancellationToken)
    {
        IEnumerable<Household> missing = households;
        if (await householdStore.CountAsync(cancellationToken) > 0)
        {
            var stored = (await householdStore.ListIdsAsync(cancellationToken)).ToHashSet();
            missing = households.Where(h => !stored.Contains(h.Id));
        }

        var batch = missing.ToList();
        await householdStore.AddRangeAsync(batch, cancellationToken);
        return batch.Count;
    }

    // Adds what the stores do not hold yet, so a durable store registered in place of the in-memory one keeps a
    // second run of the same day from failing on existing ids.
    private async Task StoreAsync(SeasonRecorder.Result recorded, CancellationToken cancellationToken)
    {
        var sessions = new List<SessionRecord>();
        foreach (var s in recorded.Sessions)
        {
            if (await sessionStore.FindAsync(s.Id, cancellationToken) is null)
            {
                sessions.Add(s);
            }
        }

        var referrals = new List<Referral>();
        foreach (var r in recorded.Referrals)
        {
            if (await referralStore.FindAsync(r.Id, cancellationToken) is null)
            {
                referrals.Add(r);
            }
        }

        await sessionStore.AddRangeAsync(sessions, cancellationToken);
        await referralStore.AddRangeAsync(referrals, cancellationToken);
    }
}
