using Ardalis.GuardClauses;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;

namespace Dalhaengi.Core.Outreach;

/// <summary>
/// The checks across aggregates a repository can make before it stores a record: a session's site belongs to the
/// district recorded with it, and every partner named is one of the roster's. Each aggregate checks itself; only the
/// repository, which knows the city, can check them against each other.
/// </summary>
/// <remarks>
/// The library's in-memory repositories call these checks; a durable <see cref="ISessionRecordRepository"/> or
/// <see cref="IReferralRepository"/> calls them before it writes anything, so a refused record leaves the store as it was.
/// A <see langword="null"/> municipality or roster (a repository built without the city) skips that part of the check.
/// </remarks>
public static class OutreachConsistency
{
    /// <summary>The name of the rule that a session's site lies in the district recorded with it (and exists in the municipality).</summary>
    public const string SiteInDistrictRule = "SessionSiteMustBeInItsDistrict";

    /// <summary>The name of the rule that every partner a record names is in the roster.</summary>
    public const string KnownPartnerRule = "PartnerMustBeInTheRoster";

    /// <summary>Checks a session record's current details against the municipality's sites and the partner roster.</summary>
    /// <param name="record">The record about to be stored.</param>
    /// <param name="municipality">The city whose sites and districts the record must match; <see langword="null"/> skips the site check.</param>
    /// <param name="roster">The partners the record may name; <see langword="null"/> or empty skips the partner check.</param>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    /// <exception cref="BusinessRuleViolationException">
    /// The site is unknown or in another district (<see cref="SiteInDistrictRule"/>), or a partner present or delivering a
    /// service is not in the roster (<see cref="KnownPartnerRule"/>, with the nearest id when one is close).
    /// </exception>
    public static void Check(SessionRecord record, Municipality? municipality, PartnerRoster? roster)
    {
        Guard.Against.Null(record);
        var d = record.Current;
        if (municipality?.FindSite(d.Site) is { } site && site.District != d.District)
        {
            throw new BusinessRuleViolationException(SiteInDistrictRule,
                $"session record {record.Id}: site '{d.Site}' ({site.Name.Korean}) is in district '{site.District}', not '{d.District}'.");
        }

        if (municipality is not null && municipality.FindSite(d.Site) is null)
        {
            throw new BusinessRuleViolationException(SiteInDistrictRule, $"session record {record.Id}: {municipality.Code} has no site '{d.Site}'.");
        }

        foreach (var partner in d.PartnersPresent.Concat(d.Services.Select(s => s.Partner)))
        {
            Known(partner, roster, $"session record {record.Id}");
        }
    }

    /// <summary>Checks that a referral's current partner is in the roster.</summary>
    /// <param name="referral">The referral about to be stored.</param>
    /// <param name="roster">The partners a referral may go to; <see langword="null"/> or empty skips the check.</param>
    /// <exception cref="ArgumentNullException"><paramref name="referral"/> is <see langword="null"/>.</exception>
    /// <exception cref="BusinessRuleViolationException">The partner is not in the roster (<see cref="KnownPartnerRule"/>).</exception>
    public static void Check(Referral referral, PartnerRoster? roster) =>
        Known(Guard.Against.Null(referral).Partner, roster, $"referral {referral.Id}");

    private static void Known(PartnerId partner, PartnerRoster? roster, string what)
    {
        if (roster is not null && roster.Partners.Count > 0 && roster.FindPartner(partner) is null)
        {
            var hint = Internal.Nearest.To(partner.Value, roster.Partners.Select(p => p.Id.Value)) is { } near ? $" (did you mean '{near}'?)" : string.Empty;
            throw new BusinessRuleViolationException(KnownPartnerRule, $"{what}: partner '{partner}' is not in the roster{hint}.");
        }
    }
}
