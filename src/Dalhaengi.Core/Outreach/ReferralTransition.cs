using Dalhaengi.Core.Internal;
using Ardalis.GuardClauses;
using Dalhaengi.Core.Partners;
using NodaTime;

namespace Dalhaengi.Core.Outreach;

/// <summary>
/// One entry of a referral's audit trail: the state it moved to, the partner responsible afterwards, who moved it
/// and when. The first entry is the referral itself; replaying the entries rebuilds the referral.
/// </summary>
/// <param name="To">The state after the move.</param>
/// <param name="Partner">The partner responsible after the move (a new one for a re-referral).</param>
/// <param name="By">Who made the move (a staff id or name).</param>
/// <param name="At">When the move was recorded.</param>
/// <param name="Outcome">How it ended, for a move to <see cref="ReferralState.Closed"/>; otherwise <see langword="null"/>.</param>
/// <param name="Reason">The partner's reason for a rejection, or a note; otherwise <see langword="null"/>.</param>
public sealed record ReferralTransition(
    ReferralState To,
    PartnerId Partner,
    string By,
    Instant At,
    ReferralOutcome? Outcome = null,
    string? Reason = null)
{
    /// <summary>Who made the move; never a resident registration number.</summary>
    public string By { get; init; } = Guard.Against.ResidentNumber(By, nameof(By));

    /// <summary>The partner's reason for a rejection, or a note; never holds a resident registration number.</summary>
    public string? Reason { get; init; } = Guard.Against.ResidentNumber(Reason, nameof(Reason));
}
