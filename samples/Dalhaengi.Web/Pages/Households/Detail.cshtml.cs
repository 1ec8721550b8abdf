using Dalhaengi.Core.Access;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Outreach;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace Dalhaengi.Web.Pages.Households;

/// <summary>
/// A household, masked by default; "reveal for a purpose" asks the access policy through the gate, which records
/// the request. The page is "not found" for anyone the policy would never show this household's data to (another
/// district, a partner without a referral or without consent), so even its masked form does not leak.
/// </summary>
public sealed class DetailModel(IHouseholdRepository households, IReferralRepository referrals, AccessGate gate, Municipality municipality, IClock clock) : StaffPageModel
{
    /// <summary>What is shown.</summary>
    public HouseholdView View { get; private set; } = null!;

    /// <summary>The district's Korean name.</summary>
    public string DistrictName => Names.District(municipality, View.District);

    /// <summary>The purposes the user's role may reveal personal data for, with their Korean names.</summary>
    public IReadOnlyList<(string Id, string Name)> Purposes { get; private set; } = [];

    /// <summary>Shows the masked household.</summary>
    /// <param name="id">The household id.</param>
    /// <returns>The page, or 404.</returns>
    public async Task<IActionResult> OnGetAsync(string? id)
    {
        if (await LoadAsync(id) is not { } loaded)
        {
            return NotFound();
        }

        View = HouseholdView.Masked(loaded.Household);
        return Page();
    }

    /// <summary>Reveals the household's personal data for a purpose, if the policy allows; recorded either way.</summary>
    /// <param name="id">The household id.</param>
    /// <param name="purpose">The purpose chosen.</param>
    /// <returns>The page, revealed or still masked with the reason, or 404.</returns>
    public async Task<IActionResult> OnPostAsync(string? id, string? purpose)
    {
        if (await LoadAsync(id) is not { } loaded)
        {
            return NotFound();
        }

        if (!OpaqueIds.TryParse(purpose, s => new AccessPurpose(s), out var chosen))
        {
            View = HouseholdView.Masked(loaded.Household);
            return Page();
        }

        View = await gate.RevealAsync(Principal, chosen, loaded.Household, loaded.Referrals, HttpContext.RequestAborted);
        return Page();
    }

    private async Task<(Household Household, IReadOnlyList<Referral> Referrals)?> LoadAsync(string? id)
    {
        if (!OpaqueIds.TryParse(id, s => new HouseholdId(s), out var householdId)
            || await households.FindAsync(householdId, HttpContext.RequestAborted) is not { } household)
        {
            return null;
        }

        var own = await referrals.ListAsync(new ReferralQuery { Household = householdId }, HttpContext.RequestAborted);
        var grant = gate.Policy.FindRole(Principal.Role)?.GrantFor(AccessSubjectKind.HouseholdPersonalData);
        var today = clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Asia/Seoul"]).Date;
        var target = AccessTarget.ForHousehold(household.Id, household.District, own, today);

        // In scope when some purpose of the role would be granted; deciding it shows nothing, so it is not recorded.
        if (grant is null || !grant.Purposes.Any(p => gate.Policy.Decide(Principal, p, target).Allowed))
        {
            return null;
        }

        Purposes = [.. grant.Purposes.Select(p => (p.Value, gate.Policy.Purposes.TryGetValue(p, out var n) ? n.Korean : p.Value))];
        return (household, own);
    }
}
