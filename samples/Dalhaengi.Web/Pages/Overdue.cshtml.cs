using Dalhaengi.Core.Access;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Outreach;
using NodaTime;

namespace Dalhaengi.Web.Pages;

/// <summary>The open referrals past their due date, among those the user may see.</summary>
public sealed class OverdueModel(IReferralRepository referrals, AccessGate gate, Municipality municipality, IClock clock) : StaffPageModel
{
    /// <summary>The day overdue is judged on.</summary>
    public LocalDate AsOf { get; private set; }

    /// <summary>The overdue referrals, most overdue first.</summary>
    public IReadOnlyList<OverdueReferral> Rows { get; private set; } = [];

    /// <summary>The Korean name of a referral's district.</summary>
    /// <param name="referral">The referral.</param>
    /// <returns>The name.</returns>
    public string District(Referral referral) => Names.District(municipality, referral.Subject.District);

    /// <summary>Lists them.</summary>
    /// <returns>A task.</returns>
    public async Task OnGetAsync()
    {
        var principal = Principal;
        var visible = (await referrals.ListAsync(new ReferralQuery { OpenOnly = true }, HttpContext.RequestAborted))
            .Where(r => gate.Peek(principal, AccessTarget.ForReferral(r)).Allowed);
        var overdue = OverdueReferrals.Find(visible, clock);
        AsOf = overdue.AsOf;
        Rows = [.. overdue.Items.OrderByDescending(o => o.DaysOverdue)];
    }
}
