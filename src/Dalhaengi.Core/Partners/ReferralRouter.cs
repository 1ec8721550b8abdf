using Ardalis.GuardClauses;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Rotation;
using NodaTime;

namespace Dalhaengi.Core.Partners;

/// <summary>
/// Proposes, for a household's needs, the partners that can take the referral, best first, and the next planned
/// session where each is present in or near the household's district.
/// </summary>
/// <remarks>
/// A partner qualifies when it accepts referrals, serves the household's district, and one of its referral-need
/// prefixes (or, when it lists none, one of its services' <see cref="ServiceDefinition.Addresses"/>) matches a need.
/// A prefix matches a need equal to it or starting with it followed by a dot, compared ordinally. Order: more needs
/// met, then more specific matches, then the household's own township office, then the sooner nearby session, then id.
/// </remarks>
public sealed class ReferralRouter
{
    private readonly PartnerRoster _roster;
    private readonly Municipality _municipality;

    /// <summary>Creates the router.</summary>
    /// <param name="roster">The partners to route to.</param>
    /// <param name="municipality">The municipality, to tell districts of the same borough.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ReferralRouter(PartnerRoster roster, Municipality municipality)
    {
        _roster = Guard.Against.Null(roster);
        _municipality = Guard.Against.Null(municipality);
    }

    /// <summary>Proposes the partners for a referral.</summary>
    /// <param name="request">The household's needs and district.</param>
    /// <param name="plan">The season's plan, to find each partner's next session; <see langword="null"/> for none.</param>
    /// <param name="asOf">Sessions on or after this day are considered; defaults to the plan's start.</param>
    /// <returns>The proposals, best first; empty when no partner meets any need.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<ReferralProposal> Propose(ReferralRequest request, RotationPlan? plan = null, LocalDate? asOf = null)
    {
        Guard.Against.Null(request);
        var from = asOf ?? plan?.From ?? LocalDate.MinIsoValue;
        var borough = _municipality.FindDistrict(request.District)?.Borough;
        var candidates = new List<(ReferralProposal Proposal, bool Own)>();
        foreach (var partner in _roster.Partners)
        {
            if (!partner.AcceptsReferrals || !partner.Serves(request.District))
            {
                continue;
            }

            var prefixes = partner.ReferralNeeds.Count > 0
                ? partner.ReferralNeeds
                : partner.Services.SelectMany(s => _roster.GetService(s).Addresses).ToList();
            var met = new List<string>();
            var specificity = 0;
            foreach (var need in request.Needs)
            {
                var best = prefixes.Where(p => Matches(need, p)).Select(Segments).DefaultIfEmpty(0).Max();
                if (best > 0)
                {
                    met.Add(need);
                    specificity += best;
                }
            }

            if (met.Count == 0)
            {
                continue;
            }

            var services = partner.Services.Where(s => _roster.GetService(s).Addresses.Any(a => met.Any(n => Matches(n, a)))).ToList();
            var (session, proximity) = NextSession(partner.Id, request.District, borough, plan, from);
            var own = partner.Presence == PartnerPresence.Local && partner.Districts.Contains(request.District);
            candidates.Add((new ReferralProposal(partner.Id, met, services.Count > 0 ? services : partner.Services, specificity, session, proximity), own));
        }

        return [.. candidates
            .OrderByDescending(c => c.Proposal.NeedsMet.Count)
            .ThenByDescending(c => c.Proposal.Specificity)
            .ThenByDescending(c => c.Own)
            .ThenBy(c => c.Proposal.Proximity ?? (ReferralProximity)int.MaxValue)
            .ThenBy(c => c.Proposal.NextSession?.Date ?? LocalDate.MaxIsoValue)
            .ThenBy(c => c.Proposal.Partner.Value, StringComparer.Ordinal)
            .Select(c => c.Proposal)];
    }

    internal static bool Matches(string need, string prefix) =>
        need.StartsWith(prefix, StringComparison.Ordinal) && (need.Length == prefix.Length || need[prefix.Length] == '.');

    private static int Segments(string prefix) => prefix.Count(c => c == '.') + 1;

    private (PlannedSession? Session, ReferralProximity? Proximity) NextSession(PartnerId partner, DistrictCode district, BoroughCode? borough, RotationPlan? plan, LocalDate from)
    {
        if (plan is null)
        {
            return (null, null);
        }

        PlannedSession?[] best = new PlannedSession?[3];
        foreach (var s in plan.Sessions)
        {
            if (s.Date < from || !s.Team.Any(m => m.Partner == partner))
            {
                continue;
            }

            var tier = s.District == district ? 0
                : borough is not null && _municipality.FindDistrict(s.District)?.Borough == borough ? 1
                : 2;
            best[tier] ??= s;
        }

        for (var tier = 0; tier < 3; tier++)
        {
            if (best[tier] is { } found)
            {
                return (found, (ReferralProximity)tier);
            }
        }

        return (null, null);
    }
}
