using Ardalis.GuardClauses;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;
using NodaTime;

namespace Dalhaengi.Core.Outreach;

/// <summary>
/// A season's figures computed from its records: sessions, residents, services, items, findings, referrals and
/// cases, in total, by district (읍면동) and by month, with services by kind and by partner.
/// </summary>
/// <remarks>
/// Every measure of <see cref="Total"/> equals the sum of the same measure over <see cref="ByDistrict"/> and over
/// <see cref="ByMonth"/>; services delivered equal the sum over <see cref="ServicesByKind"/> and over
/// <see cref="ByPartner"/>, and referrals the sum over <see cref="ByPartner"/>. Only records dated within
/// <see cref="Season"/> count (see <see cref="SeasonMeasure"/> for the date of each). Render it with
/// <see cref="ToMarkdown"/> or <see cref="ToCsv"/>.
/// </remarks>
public sealed partial class SeasonReport
{
    private SeasonReport(
        DateInterval season,
        SeasonFigures total,
        SortedDictionary<DistrictCode, SeasonFigures> byDistrict,
        SortedDictionary<YearMonth, SeasonFigures> byMonth,
        SortedDictionary<ServiceCode, long> servicesByKind,
        SortedDictionary<PartnerId, PartnerFigures> byPartner)
    {
        Season = season;
        Total = total;
        ByDistrict = byDistrict;
        ByMonth = byMonth;
        ServicesByKind = servicesByKind;
        ByPartner = byPartner;
    }

    /// <summary>The season covered, both ends inclusive.</summary>
    public DateInterval Season { get; }

    /// <summary>The season's figures in total.</summary>
    public SeasonFigures Total { get; }

    /// <summary>The figures per district, for the districts that have any record; ordered by code.</summary>
    public IReadOnlyDictionary<DistrictCode, SeasonFigures> ByDistrict { get; }

    /// <summary>The figures per month, for the months that have any record; in calendar order.</summary>
    public IReadOnlyDictionary<YearMonth, SeasonFigures> ByMonth { get; }

    /// <summary>Services delivered per service; ordered by code.</summary>
    public IReadOnlyDictionary<ServiceCode, long> ServicesByKind { get; }

    /// <summary>Services and referrals per partner organization; ordered by id.</summary>
    public IReadOnlyDictionary<PartnerId, PartnerFigures> ByPartner { get; }

    /// <summary>Computes the report of a season from its records.</summary>
    /// <param name="season">The season, for example 2024-03-01 to 2024-12-31.</param>
    /// <param name="sessions">Session records; each counts with its current (corrected) details.</param>
    /// <param name="referrals">Referrals, in the state they are in now; findings are counted from them.</param>
    /// <param name="cases">Integrated cases.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static SeasonReport Compute(DateInterval season, IEnumerable<SessionRecord> sessions, IEnumerable<Referral> referrals, IEnumerable<Case> cases)
    {
        Guard.Against.Null(season);
        Guard.Against.Null(sessions);
        Guard.Against.Null(referrals);
        Guard.Against.Null(cases);
        var acc = new Accumulator();
        foreach (var details in sessions.Select(s => s.Current).Where(d => season.Contains(d.Date)))
        {
            acc.AddSession(details);
        }

        var referralList = referrals.ToList();
        var findings = referralList
            .Select(r => r.Subject.Finding)
            .OfType<Finding>()
            .Where(f => season.Contains(f.FoundOn))
            .GroupBy(f => f.Id)
            .Select(g => g.First());
        foreach (var finding in findings)
        {
            acc.Add(finding.District, finding.FoundOn, SeasonMeasure.Findings, 1);
        }

        foreach (var referral in referralList.Where(r => season.Contains(r.ReferredOn)))
        {
            acc.AddReferral(referral);
        }

        foreach (var c in cases)
        {
            if (season.Contains(c.OpenedOn))
            {
                acc.Add(c.District, c.OpenedOn, SeasonMeasure.CasesOpened, 1);
            }

            if (c.ClosedOn is { } closed && season.Contains(closed))
            {
                acc.Add(c.District, closed, SeasonMeasure.CasesClosed, 1);
            }
        }

        return new SeasonReport(
            season,
            acc.Total.Build(),
            Build(acc.Districts, OrdinalBy<DistrictCode>(d => d.Value)),
            Build(acc.Months, Comparer<YearMonth>.Default),
            new SortedDictionary<ServiceCode, long>(acc.Services, OrdinalBy<ServiceCode>(s => s.Value)),
            new SortedDictionary<PartnerId, PartnerFigures>(
                acc.Partners.ToDictionary(p => p.Key, p => new PartnerFigures(p.Value[0], p.Value[1], p.Value[2])),
                OrdinalBy<PartnerId>(p => p.Value)));
    }

    private static Comparer<T> OrdinalBy<T>(Func<T, string> text) => Comparer<T>.Create((a, b) => string.CompareOrdinal(text(a), text(b)));

    private static SortedDictionary<TKey, SeasonFigures> Build<TKey>(Dictionary<TKey, SeasonFigures.Builder> builders, IComparer<TKey> comparer)
        where TKey : notnull =>
        new(builders.ToDictionary(b => b.Key, b => b.Value.Build()), comparer);

    private sealed class Accumulator
    {
        public SeasonFigures.Builder Total { get; } = new();

        public Dictionary<DistrictCode, SeasonFigures.Builder> Districts { get; } = [];

        public Dictionary<YearMonth, SeasonFigures.Builder> Months { get; } = [];

        public Dictionary<ServiceCode, long> Services { get; } = [];

        public Dictionary<PartnerId, long[]> Partners { get; } = [];

        public void Add(DistrictCode district, LocalDate date, SeasonMeasure measure, long count)
        {
            Total.Add(measure, count);
            Scope(Districts, district).Add(measure, count);
            Scope(Months, date.ToYearMonth()).Add(measure, count);
        }

        public void AddSession(SessionDetails d)
        {
            if (d.Status == SessionStatus.Cancelled)
            {
                Add(d.District, d.Date, SeasonMeasure.SessionsCancelled, 1);
                Add(d.District, d.Date, d.CancellationReason switch
                {
                    CancellationReason.Weather => SeasonMeasure.SessionsCancelledWeather,
                    CancellationReason.HeatWave => SeasonMeasure.SessionsCancelledHeatWave,
                    _ => SeasonMeasure.SessionsCancelledOther,
                }, 1);
                return;
            }

            Add(d.District, d.Date, SeasonMeasure.SessionsHeld, 1);
            Add(d.District, d.Date, SeasonMeasure.ResidentsServed, d.ResidentsServed);
            Add(d.District, d.Date, SeasonMeasure.ServicesDelivered, d.ServicesDelivered);
            Add(d.District, d.Date, SeasonMeasure.ItemsDistributed, d.ItemsDistributed);
            foreach (var s in d.Services)
            {
                Services[s.Service] = checked(Services.GetValueOrDefault(s.Service) + s.Count);
                Partner(s.Partner)[0] = checked(Partner(s.Partner)[0] + s.Count);
            }
        }

        public void AddReferral(Referral r)
        {
            var district = r.Subject.District;
            Add(district, r.ReferredOn, SeasonMeasure.Referrals, 1);
            Add(district, r.ReferredOn, StateMeasure(r), 1);
            Partner(r.Partner)[1]++;
            if (r.ClosedResolvedWithinDeadline)
            {
                Add(district, r.ReferredOn, SeasonMeasure.ReferralsClosedResolvedWithinDeadline, 1);
                Partner(r.Partner)[2]++;
            }
        }

        private static SeasonMeasure StateMeasure(Referral r) => r.State switch
        {
            ReferralState.Referred => SeasonMeasure.ReferralsReferred,
            ReferralState.Accepted => SeasonMeasure.ReferralsAccepted,
            ReferralState.InService => SeasonMeasure.ReferralsInService,
            ReferralState.Rejected => SeasonMeasure.ReferralsRejected,
            _ => r.Outcome switch
            {
                ReferralOutcome.Resolved => SeasonMeasure.ReferralsClosedResolved,
                ReferralOutcome.DeclinedByHousehold => SeasonMeasure.ReferralsClosedDeclined,
                ReferralOutcome.Unreachable => SeasonMeasure.ReferralsClosedUnreachable,
                _ => SeasonMeasure.ReferralsClosedTransferred,
            },
        };

        private static SeasonFigures.Builder Scope<TKey>(Dictionary<TKey, SeasonFigures.Builder> scopes, TKey key)
            where TKey : notnull
        {
            if (!scopes.TryGetValue(key, out var builder))
            {
                builder = new SeasonFigures.Builder();
                scopes.Add(key, builder);
            }

            return builder;
        }

        private long[] Partner(PartnerId id)
        {
            if (!Partners.TryGetValue(id, out var counts))
            {
                counts = new long[3];
                Partners.Add(id, counts);
            }

            return counts;
        }
    }
}
