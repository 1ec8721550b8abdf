using Dalhaengi.Core;
using Dalhaengi.Core.Access;
using Dalhaengi.Core.Outreach;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace Dalhaengi.Web.Pages.Referrals;

/// <summary>
/// One referral, and the moves of the partner it is addressed to: accept, reject with a reason, start, close.
/// A referral the user may not see is "not found", so its existence does not leak.
/// </summary>
public sealed class DetailModel(IReferralRepository referrals, AccessGate gate, IClock clock) : StaffPageModel
{
    /// <summary>The referral shown.</summary>
    public Referral Referral { get; private set; } = null!;

    /// <summary>Whether the user is staff of the partner the referral is addressed to, the only one who moves it.</summary>
    public bool CanMove => Principal.Role == AccessRole.PartnerStaff && Principal.Partner == Referral.Partner;

    /// <summary>Why the last move was refused, or <see langword="null"/>.</summary>
    public string? Message { get; private set; }

    /// <summary>Shows the referral.</summary>
    /// <param name="id">The referral id.</param>
    /// <returns>The page, or 404.</returns>
    public async Task<IActionResult> OnGetAsync(string? id) => await LoadAsync(id) ? Page() : NotFound();

    /// <summary>Accepts the referral.</summary>
    /// <param name="id">The referral id.</param>
    /// <returns>The page after the move.</returns>
    public Task<IActionResult> OnPostAcceptAsync(string? id) => MoveAsync(id, r => r.Accept(Principal.User, clock));

    /// <summary>Rejects the referral with a reason.</summary>
    /// <param name="id">The referral id.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The page after the move.</returns>
    public Task<IActionResult> OnPostRejectAsync(string? id, string? reason) => MoveAsync(id, r => r.Reject(reason ?? string.Empty, Principal.User, clock));

    /// <summary>Starts the service.</summary>
    /// <param name="id">The referral id.</param>
    /// <returns>The page after the move.</returns>
    public Task<IActionResult> OnPostStartAsync(string? id) => MoveAsync(id, r => r.StartService(Principal.User, clock));

    /// <summary>Closes the referral with an outcome.</summary>
    /// <param name="id">The referral id.</param>
    /// <param name="outcome">How it ended.</param>
    /// <returns>The page after the move.</returns>
    public Task<IActionResult> OnPostCloseAsync(string? id, ReferralOutcome outcome) => MoveAsync(id, r => r.Close(outcome, Principal.User, clock));

    private async Task<bool> LoadAsync(string? id)
    {
        if (!OpaqueIds.TryParse(id, s => new ReferralId(s), out var referralId)
            || await referrals.FindAsync(referralId, HttpContext.RequestAborted) is not { } referral
            || !gate.Peek(Principal, AccessTarget.ForReferral(referral)).Allowed)
        {
            return false;
        }

        Referral = referral;
        return true;
    }

    private async Task<IActionResult> MoveAsync(string? id, Func<Referral, Referral> move)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!CanMove)
        {
            return Forbid();
        }

        try
        {
            var moved = move(Referral);
            await referrals.UpdateAsync(moved, Referral.Version, HttpContext.RequestAborted);
            return RedirectToPage(new { id = Referral.Id.Value });
        }
        catch (Exception ex) when (ex is BusinessRuleViolationException or ArgumentException or ConcurrencyConflictException)
        {
            Message = ex is ArgumentException ? "반려 사유를 입력하십시오." : ex.Message;
            return Page();
        }
    }
}
