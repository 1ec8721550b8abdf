using Dalhaengi.Core.Internal;
using Ardalis.GuardClauses;
using NodaTime;

namespace Dalhaengi.Core.Outreach;

/// <summary>One entry of a case's audit trail; replaying the entries rebuilds the case.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="By">Who recorded it.</param>
/// <param name="At">When it was recorded; its day in Korea Standard Time is the day deadlines count.</param>
/// <param name="Stage">The stage reached, for <see cref="CaseEventKind.StageReached"/>; otherwise <see langword="null"/>.</param>
/// <param name="Referral">The referral added, for <see cref="CaseEventKind.ServiceAdded"/>; otherwise <see langword="null"/>.</param>
/// <param name="Note">A note, or <see langword="null"/>.</param>
public sealed record CaseEvent(
    CaseEventKind Kind,
    string By,
    Instant At,
    CaseStage? Stage = null,
    ReferralId? Referral = null,
    string? Note = null)
{
    /// <summary>Who recorded it; never a resident registration number.</summary>
    public string By { get; init; } = Guard.Against.ResidentNumber(By, nameof(By));

    /// <summary>A note, or <see langword="null"/>; never holds a resident registration number.</summary>
    public string? Note { get; init; } = Guard.Against.ResidentNumber(Note, nameof(Note));
}
