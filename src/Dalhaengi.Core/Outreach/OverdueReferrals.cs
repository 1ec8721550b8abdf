using Ardalis.GuardClauses;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Internal;
using Dalhaengi.Core.Partners;
using NodaTime;

namespace Dalhaengi.Core.Outreach;

/// <summary>
/// The open referrals past their due date on a given day, listed and grouped by partner and by district.
/// </summary>
/// <remarks>
/// A referral is overdue from the day after its <see cref="Referral.DueDate"/> while it is not closed: on the due
/// date itself it is still on time. Rejected referrals waiting for a re-referral count, under the partner that
/// rejected them. Lists are ordered by due date, then id; groups by key (ordinal).
/// </remarks>
public sealed class OverdueReferrals
{
    private OverdueReferrals(LocalDate asOf, ValueList<OverdueReferral> items)
    {
        AsOf = asOf;
        Items = items;
        ByPartner = Group(items, o => o.Referral.Partner, p => p.Value);
        ByDistrict = Group(items, o => o.Referral.Subject.District, d => d.Value);
    }

    /// <summary>The day the list was made for.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Every overdue referral, oldest due date first.</summary>
    public IReadOnlyList<OverdueReferral> Items { get; }

    /// <summary>The overdue referrals grouped by the partner responsible now.</summary>
    public IReadOnlyDictionary<PartnerId, IReadOnlyList<OverdueReferral>> ByPartner { get; }

    /// <summary>The overdue referrals grouped by the household's district.</summary>
    public IReadOnlyDictionary<DistrictCode, IReadOnlyList<OverdueReferral>> ByDistrict { get; }

    /// <summary>Lists the referrals overdue today, today being the clock's day in Korea Standard Time.</summary>
    /// <param name="referrals">The referrals to look at.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The overdue referrals.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static OverdueReferrals Find(IEnumerable<Referral> referrals, IClock clock)
    {
        Guard.Against.Null(clock);
        return Find(referrals, OutreachTime.Today(clock));
    }

    /// <summary>Lists the referrals overdue on a given day.</summary>
    /// <param name="referrals">The referrals to look at.</param>
    /// <param name="asOf">The day.</param>
    /// <returns>The overdue referrals.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="referrals"/> is <see langword="null"/>.</exception>
    public static OverdueReferrals Find(IEnumerable<Referral> referrals, LocalDate asOf)
    {
        Guard.Against.Null(referrals);
        var items = referrals
            .Where(r => r.IsOpen && asOf > r.DueDate)
            .OrderBy(r => r.DueDate)
            .ThenBy(r => r.Id.Value, StringComparer.Ordinal)
            .Select(r => new OverdueReferral(r, Period.Between(r.DueDate, asOf, PeriodUnits.Days).Days))
            .ToValueList();
        return new OverdueReferrals(asOf, items);
    }

    private static SortedDictionary<TKey, IReadOnlyList<OverdueReferral>> Group<TKey>(
        IEnumerable<OverdueReferral> items, Func<OverdueReferral, TKey> key, Func<TKey, string> text)
        where TKey : notnull
    {
        var result = new SortedDictionary<TKey, IReadOnlyList<OverdueReferral>>(
            Comparer<TKey>.Create((a, b) => string.CompareOrdinal(text(a), text(b))));
        foreach (var group in items.GroupBy(key))
        {
            result.Add(group.Key, group.ToValueList());
        }

        return result;
    }
}
