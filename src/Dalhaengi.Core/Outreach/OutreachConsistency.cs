using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;

namespace Dalhaengi.Core.Outreach;

/// <summary>
/// The checks across aggregates a repository can make before it stores a record: a session's site belongs to the
/// district recorded with it, and every partner named is one of the roster's. Each aggregate checks itself; only the
/// repository, which knows the city, can check them against each other.
/// </summary>
internal static class OutreachConsistency
{
    internal const string SiteInDistrictRule = "SessionSiteMustBeInItsDistrict";
    internal const string KnownPartnerRule = "PartnerMustBeInTheRoster";

    internal static void Check(SessionRecord record, Municipality? municipality, PartnerRoster? roster)
    {
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

    internal static void Check(Referral referral, PartnerRoster? roster) => Known(referral.Partner, roster, $"referral {referral.Id}");

    private static void Known(PartnerId partner, PartnerRoster? roster, string what)
    {
        if (roster is not null && roster.Partners.Count > 0 && roster.FindPartner(partner) is null)
        {
            var hint = Internal.Nearest.To(partner.Value, roster.Partners.Select(p => p.Id.Value)) is { } near ? $" (did you mean '{near}'?)" : string.Empty;
            throw new BusinessRuleViolationException(KnownPartnerRule, $"{what}: partner '{partner}' is not in the roster{hint}.");
        }
    }
}
