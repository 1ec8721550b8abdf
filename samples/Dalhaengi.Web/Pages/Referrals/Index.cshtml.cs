using System.Globalization;
using Dalhaengi.Core.Access;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Outreach;

namespace Dalhaengi.Web.Pages.Referrals;

/// <summary>A partner's referral inbox (or a township's, or the county's): the referrals the policy lets the user see.</summary>
public sealed class IndexModel(IReferralRepository referrals, AccessGate gate, Municipality municipality) : StaffPageModel
{
    /// <summary>The rows shown, newest first.</summary>
    public IReadOnlyList<(string Id, string Partner, string District, string State, string Due)> Rows { get; private set; } = [];

    /// <summary>Lists the visible referrals.</summary>
    /// <returns>A task.</returns>
    public async Task OnGetAsync()
    {
        var principal = Principal;
        Rows = [.. (await referrals.ListAsync(null, HttpContext.RequestAborted))
            .Where(r => gate.Peek(principal, AccessTarget.ForReferral(r)).Allowed)
            .OrderByDescending(r => r.ReferredOn)
            .ThenBy(r => r.Id.Value, StringComparer.Ordinal)
            .Select(r => (r.Id.Value, Names.Partner(r.Partner), Names.District(municipality, r.Subject.District), Names.State(r.State), r.DueDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)))];
    }
}
