using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Internal;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Risk;

namespace Dalhaengi.Core.Cities;

/// <summary>
/// The checks no single file can make on its own: that a roster fits its municipality and speaks the indicator
/// catalog's language. Shared by <see cref="CityFolder"/> (which turns locations into JSON paths and lines) and by
/// <c>AddDalhaengi</c> (which reports them against the options).
/// </summary>
internal static class CityConsistency
{
    /// <summary>Where a cross-file problem is: a partner or service of the roster, one of its fields, an item index.</summary>
    internal readonly record struct Location(bool IsService, string Id, string Field, int? Item);

    internal readonly record struct Problem(Location Where, string Message, string? Hint);

    /// <summary>What the checks need to know of a district; read from a municipality, or from its file when it did not load.</summary>
    internal readonly record struct DistrictFacts(string Code, string Korean, bool HasSites);

    internal static List<Problem> Check(Municipality municipality, PartnerRoster roster, IndicatorCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        return Check(municipality.Code.Value, [.. municipality.Districts.Select(d => new DistrictFacts(d.Code.Value, d.Name.Korean, municipality.SitesIn(d.Code).Count > 0))], roster, catalog);
    }

    internal static List<Problem> Check(string municipality, IReadOnlyList<DistrictFacts> districts, PartnerRoster roster, IndicatorCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(districts);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(catalog);
        var problems = new List<Problem>();
        var districtCodes = districts.Select(d => d.Code).ToList();
        var indicatorCodes = catalog.Indicators.Select(i => i.Code.Value).ToList();

        foreach (var service in roster.Services)
        {
            for (var j = 0; j < service.Addresses.Count; j++)
            {
                CheckNeed(service.Addresses[j], new(true, service.Code.Value, "addresses", j), indicatorCodes, problems);
            }
        }

        foreach (var partner in roster.Partners)
        {
            if (partner.Services.Count == 0)
            {
                problems.Add(new(new(false, partner.Id.Value, "services", null), $"partner '{partner.Id}' brings no service",
                    "list at least one service code from $.services; a partner without one is never put on a team"));
            }

            for (var j = 0; j < partner.Districts.Count; j++)
            {
                var d = partner.Districts[j];
                if (!districtCodes.Contains(d.Value, StringComparer.Ordinal))
                {
                    var what = partner.Presence == PartnerPresence.Local ? "local office" : "partner";
                    problems.Add(new(new(false, partner.Id.Value, "districts", j), $"{what} '{partner.Id}' serves district '{d}', which {municipality} does not have",
                        Nearest.Hint(d.Value, districtCodes, "use a district code from municipality.json")));
                }
            }

            for (var j = 0; j < partner.ReferralNeeds.Count; j++)
            {
                CheckNeed(partner.ReferralNeeds[j], new(false, partner.Id.Value, "referralNeeds", j), indicatorCodes, problems);
            }
        }

        // The planner puts the visited district's own office on every team; without one, no session there is possible.
        var locals = roster.Partners.Where(p => p.Presence == PartnerPresence.Local).ToList();
        foreach (var district in districts.Where(d => d.HasSites))
        {
            if (!locals.Any(p => p.Serves(new DistrictCode(district.Code))))
            {
                problems.Add(new(new(false, string.Empty, string.Empty, null), $"no local office (presence 'local') serves district '{district.Code}' ({district.Korean})",
                    "add its township office (읍면동 행정복지센터) with \"presence\": \"local\" and \"districts\": [\"" + district.Code + "\"]"));
            }
        }

        return problems;
    }

    /// <summary>A need is an indicator code or a dotted prefix of one (<c>screening.phq9</c>, <c>arrears</c>).</summary>
    internal static bool IsKnownNeed(string need, IReadOnlyList<string> indicatorCodes) =>
        indicatorCodes.Any(code => ReferralRouter.Matches(code, need));

    /// <remarks>
    /// A need that matches no indicator is a problem when it looks like one: it is near a real code or prefix
    /// (<c>phq9.total</c>, <c>screening.phq9.totl</c>) or starts with an indicator family (<c>screening.</c>,
    /// <c>arrears.</c>). Rosters also describe services in words of their own (<c>dementia</c>, <c>health.chronic</c>);
    /// those route nothing but are not typos, and the built-in rosters use them.
    /// </remarks>
    private static void CheckNeed(string need, Location where, List<string> indicatorCodes, List<Problem> problems)
    {
        if (IsKnownNeed(need, indicatorCodes))
        {
            return;
        }

        var prefixes = indicatorCodes.SelectMany(Prefixes).Distinct(StringComparer.Ordinal).ToList();
        var near = Nearest.To(need, prefixes);
        var family = need.Split('.')[0];
        if (near is not null || (need.Contains('.', StringComparison.Ordinal) && indicatorCodes.Any(c => c.StartsWith(family + ".", StringComparison.Ordinal))))
        {
            problems.Add(new(where, $"'{need}' matches no indicator code in the catalog, so nothing is ever routed by it",
                near is not null ? $"did you mean '{near}'?" : "use an indicator code or a dotted prefix of one, e.g. screening.phq9"));
        }
    }

    private static IEnumerable<string> Prefixes(string code)
    {
        for (var i = code.IndexOf('.', StringComparison.Ordinal); i > 0; i = code.IndexOf('.', i + 1))
        {
            yield return code[..i];
        }

        yield return code;
    }
}
