using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Outreach;
using NodaTime;

namespace Dalhaengi.SampleHost.Outreach;

/// <summary>
/// Generates a plausible 2024 season of records for Yangpyeong from a fixed seed, so <c>report</c> has something to
/// show on a fresh clone. Synthetic sample data: the season's published totals (35 sessions from 2024-03-06 at
/// 도곡3리 to 2024-12-18 at 청계2리, about 8,110 service uses — "8,110여 명 이용", uses, not people — 9 findings, 1,238
/// items) are real; every per-session figure, household, referral and case is invented to add up to them. People
/// attending are 30–50 a session, as the press reports, so the season has about 1,400 attendances.
/// </summary>
internal static partial class SampleSeason
{
    public const int Year = 2024;
    public const int PublishedServiceUses = 8110;
    public const int PublishedItems = 1238;
    private const string Recorder = "sample-generator";

    // Wednesdays without a session: public holidays (election day, Buddha's birthday, Chuseok, Hangul Day).
    private static readonly LocalDate[] Holidays = [new(2024, 4, 10), new(2024, 5, 15), new(2024, 9, 18), new(2024, 10, 9)];

    private static readonly Dictionary<LocalDate, CancellationReason> Cancellations = new()
    {
        [new(2024, 7, 10)] = CancellationReason.Weather,
        [new(2024, 7, 31)] = CancellationReason.HeatWave,
        [new(2024, 8, 14)] = CancellationReason.HeatWave,
    };

    /// <summary>
    /// Generates the season: its session records, then the referrals and cases that follow from its findings.
    /// Deterministic: the same municipality always gives the same records. The host's store seeds these once
    /// (see <c>Storage/SampleSeasonSeed</c>).
    /// </summary>
    public static (IReadOnlyList<SessionRecord> Sessions, IReadOnlyList<Referral> Referrals, IReadOnlyList<Case> Cases) Generate(Municipality municipality)
    {
        var random = new Random(Year);
        var records = Sessions(municipality, random);
        var (referralList, caseList) = ReferralsAndCases(records, random);
        return (records, referralList, caseList);
    }

    /// <summary>A clock that reads a set instant: the generator stamps records at the time they were made in 2024.</summary>
    internal sealed class SettableClock(Instant now) : IClock
    {
        public Instant Now { get; set; } = now;

        public Instant GetCurrentInstant() => Now;

        public static SettableClock At(LocalDate day, int hour) =>
            new(day.At(new LocalTime(hour, 0)).InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Seoul"]).ToInstant());
    }

    private static List<SessionRecord> Sessions(Municipality municipality, Random random)
    {
        var days = Wednesdays().Where(d => !Holidays.Contains(d)).ToList();
        var held = days.Where(d => !Cancellations.ContainsKey(d)).ToList();
        var uses = Split(PublishedServiceUses, held.Count, random, 180, 290);
        var items = Split(PublishedItems, held.Count, random, 25, 45);
        var districts = municipality.Districts;
        var records = new List<SessionRecord>();
        var heldIndex = 0;
        for (var i = 0; i < days.Count; i++)
        {
            var day = days[i];
            var site = SiteFor(municipality, day, i, districts, random);
            var id = new SessionRecordId($"rec-{day:uuuu-MM-dd}");
            var clock = SettableClock.At(day, 17);
            var details = Cancellations.TryGetValue(day, out var reason)
                ? SessionDetails.Cancelled(day, site.Id, site.District, reason, reason == CancellationReason.Weather ? "장마 호우 (monsoon rain)" : "폭염경보 (heat-wave warning)")
                : HeldDetails(day, site, uses[heldIndex], items[heldIndex++], random);
            records.Add(SessionRecord.Record(id, details, Recorder, clock));
        }

        // One correction, to show the audit trail: the head count of the first session recounted.
        var first = records[0];
        var recount = SettableClock.At(first.Current.Date.PlusDays(2), 10);
        var corrected = first.Current with { ResidentsServed = first.Current.ResidentsServed + 3, Notes = "recounted from the sign-in sheet" };
        records[0] = first.Correct(corrected, "staff-yp-01", "sign-in sheet recount", recount);
        records[1] = records[1].Current.Status == SessionStatus.Held
            ? records[1].Correct(records[1].Current with { ResidentsServed = records[1].Current.ResidentsServed - 3 }, "staff-yp-01", "double-counted volunteers", recount)
            : records[1];
        return records;
    }

    private static IEnumerable<LocalDate> Wednesdays()
    {
        for (var d = new LocalDate(Year, 3, 6); d <= new LocalDate(Year, 12, 18); d = d.PlusWeeks(1))
        {
            yield return d;
        }
    }

    private static Site SiteFor(Municipality municipality, LocalDate day, int index, IReadOnlyList<District> districts, Random random)
    {
        // The first and last sessions are attested; the rest rotate through the 12 읍면.
        if (index == 0)
        {
            return municipality.GetSite(new SiteId("yp-yangpyeong-25"));
        }

        if (day == new LocalDate(Year, 12, 18))
        {
            return municipality.GetSite(new SiteId("yp-yangseo-31"));
        }

        var sites = municipality.SitesIn(districts[index % districts.Count].Code);
        return sites[random.Next(sites.Count)];
    }

    private static SessionDetails HeldDetails(LocalDate day, Site site, int uses, int items, Random random)
    {
        var offered = SamplePartners.Services.Where(_ => random.Next(100) < 70).ToList();
        if (offered.Count == 0)
        {
            offered.Add(SamplePartners.Services[0]);
        }

        // 30–50 people attend; each uses several services, and the uses add up to the season's published total.
        var residents = random.Next(33, 48); // 30–50 after the ±3 recounts below
        var perService = Split(uses, offered.Count, random, 5, 40);
        var partners = offered.Select(s => s.Partner).Append(SamplePartners.OfficeOf(site.District)).Append(SamplePartners.CountyWelfare).Distinct().ToList();
        var households = Enumerable.Range(0, random.Next(2, 5)).Select(_ => new HouseholdId($"hh-yp-{random.Next(1, 400):0000}")).Distinct().ToList();
        return new SessionDetails
        {
            Date = day,
            Site = site.Id,
            District = site.District,
            PlannedSession = new Dalhaengi.Core.Rotation.SessionId($"{day:uuuu-MM-dd}.1"),
            PartnersPresent = partners,
            StaffCount = random.Next(8, 14),
            VolunteerCount = random.Next(6, 12),
            ResidentsServed = residents,
            Households = households,
            Services = [.. offered.Select((s, i) => new ServiceDelivery(s.Service, s.Partner, perService[i]))],
            Items = [new ItemDistribution("홍보물품 (promotional goods)", items)],
            Notes = site.IsSample ? "synthetic site" : null,
        };
    }

    /// <summary>Splits a total into parts between the bounds (roughly) that add up to it exactly.</summary>
    private static int[] Split(int total, int parts, Random random, int min, int max)
    {
        var weights = Enumerable.Range(0, parts).Select(_ => (double)random.Next(min, max + 1)).ToArray();
        var sum = weights.Sum();
        var result = weights.Select(w => (int)Math.Floor(w / sum * total)).ToArray();
        for (var i = 0; result.Sum() < total; i = (i + 1) % parts)
        {
            result[i]++;
        }

        return result;
    }
}
