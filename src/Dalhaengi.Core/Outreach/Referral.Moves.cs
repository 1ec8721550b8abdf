using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;
using Dalhaengi.Core.Partners;
using NodaTime;

namespace Dalhaengi.Core.Outreach;

/// <summary>The moves of the referral state machine and the rules they check.</summary>
public sealed partial class Referral
{
    /// <summary>Records that the partner took the referral on.</summary>
    /// <param name="by">Who recorded it.</param>
    /// <param name="clock">The clock that stamps the move.</param>
    /// <returns>The referral in <see cref="ReferralState.Accepted"/>.</returns>
    /// <exception cref="BusinessRuleViolationException"><c>ReferralTransitionMustBeLegal</c>: it is not <see cref="ReferralState.Referred"/>.</exception>
    public Referral Accept(string by, IClock clock) => Move(ReferralState.Accepted, Partner, by, clock);

    /// <summary>Records that the partner turned the referral down.</summary>
    /// <param name="reason">The partner's reason, for example <c>outside our catchment area</c>.</param>
    /// <param name="by">Who recorded it.</param>
    /// <param name="clock">The clock that stamps the move.</param>
    /// <returns>The referral in <see cref="ReferralState.Rejected"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty.</exception>
    /// <exception cref="BusinessRuleViolationException"><c>ReferralTransitionMustBeLegal</c>: it is not <see cref="ReferralState.Referred"/>.</exception>
    public Referral Reject(string reason, string by, IClock clock) =>
        Move(ReferralState.Rejected, Partner, by, clock, reason: Guard.Against.NullOrWhiteSpace(reason));

    /// <summary>Refers a rejected referral again, to the same or another partner.</summary>
    /// <param name="partner">The partner now responsible.</param>
    /// <param name="by">Who re-referred.</param>
    /// <param name="clock">The clock that stamps the move.</param>
    /// <returns>The referral in <see cref="ReferralState.Referred"/>, with the same due date.</returns>
    /// <exception cref="BusinessRuleViolationException">
    /// <c>ReferralTransitionMustBeLegal</c>: it is not <see cref="ReferralState.Rejected"/>;
    /// <c>ReferralSharingPersonalDataNeedsConsent</c>: no consent covers sharing the data with the new partner.
    /// </exception>
    public Referral ReRefer(PartnerId partner, string by, IClock clock) =>
        Move(ReferralState.Referred, Guard.Against.Default(partner), by, clock);

    /// <summary>Records that the partner started serving the household.</summary>
    /// <param name="by">Who recorded it.</param>
    /// <param name="clock">The clock that stamps the move.</param>
    /// <returns>The referral in <see cref="ReferralState.InService"/>.</returns>
    /// <exception cref="BusinessRuleViolationException"><c>ReferralTransitionMustBeLegal</c>: it is not <see cref="ReferralState.Accepted"/>.</exception>
    public Referral StartService(string by, IClock clock) => Move(ReferralState.InService, Partner, by, clock);

    /// <summary>Closes the referral with an outcome.</summary>
    /// <param name="outcome">How it ended.</param>
    /// <param name="by">Who closed it.</param>
    /// <param name="clock">The clock that stamps the move; its day is <see cref="ClosedOn"/>.</param>
    /// <param name="note">A note, or <see langword="null"/>.</param>
    /// <returns>The referral in <see cref="ReferralState.Closed"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="outcome"/> is not a defined value.</exception>
    /// <exception cref="BusinessRuleViolationException">
    /// <c>ReferralTransitionMustBeLegal</c>: it is already closed or was never accepted nor rejected;
    /// <c>ResolvedReferralNeedsService</c>: <see cref="ReferralOutcome.Resolved"/> while not <see cref="ReferralState.InService"/>.
    /// </exception>
    public Referral Close(ReferralOutcome outcome, string by, IClock clock, string? note = null) =>
        Move(ReferralState.Closed, Partner, by, clock, Guard.Against.EnumOutOfRange(outcome), note);

    private Referral Move(ReferralState to, PartnerId partner, string by, IClock clock, ReferralOutcome? outcome = null, string? reason = null)
    {
        Guard.Against.NullOrWhiteSpace(by);
        Guard.Against.Null(clock);
        return Apply(new ReferralTransition(to, partner, by, clock.GetCurrentInstant(), outcome, reason));
    }

    private Referral Apply(ReferralTransition move)
    {
        Guard.Against.Null(move);
        Guard.Against.NullOrWhiteSpace(move.By, nameof(move.By));
        if (!IsLegalMove(State, move.To))
        {
            throw new BusinessRuleViolationException(
                "ReferralTransitionMustBeLegal",
                $"referral {Id} cannot move from {State} to {move.To}; from {State} it can move to {DescribeNext(State)}.");
        }

        CheckMoveDetails(move);
        if (move.At < _history[^1].At)
        {
            throw new BusinessRuleViolationException(
                "ReferralHistoryMustMoveForward",
                $"referral {Id} cannot move at {move.At}, before its last move at {_history[^1].At}.");
        }

        if (move.To == ReferralState.Referred)
        {
            CheckConsent(Id, Subject, move);
        }

        return new Referral(Id, Subject, _history.Append(move).ToValueList());
    }

    private void CheckMoveDetails(ReferralTransition move)
    {
        if (move.To == ReferralState.Closed)
        {
            var outcome = move.Outcome ?? throw new ArgumentException($"Closing referral {Id} needs an outcome.", nameof(move));
            if (outcome == ReferralOutcome.Resolved && State != ReferralState.InService)
            {
                throw new BusinessRuleViolationException(
                    "ResolvedReferralNeedsService",
                    $"referral {Id} is {State}; only a referral in service can close as resolved. Close it as declined, unreachable or transferred, or start the service first.");
            }
        }
        else if (move.Outcome is not null)
        {
            throw new ArgumentException($"Only a move to Closed has an outcome (referral {Id}).", nameof(move));
        }

        if (move.To == ReferralState.Rejected && string.IsNullOrWhiteSpace(move.Reason))
        {
            throw new ArgumentException($"Rejecting referral {Id} needs the partner's reason.", nameof(move));
        }

        if (move.To != ReferralState.Referred && move.Partner != Partner)
        {
            throw new ArgumentException($"Only a re-referral changes the partner of referral {Id}.", nameof(move));
        }
    }

    private static void CheckConsent(ReferralId id, ReferralSubject subject, ReferralTransition move)
    {
        if (subject.ConsentBlockReason(OutreachTime.DateOf(move.At)) is { } reason)
        {
            throw new BusinessRuleViolationException("ReferralSharingPersonalDataNeedsConsent", $"referral {id} to {move.Partner} is blocked: {reason}.");
        }
    }

    private static string DescribeNext(ReferralState from)
    {
        var next = Enum.GetValues<ReferralState>().Where(s => IsLegalMove(from, s)).ToList();
        return next.Count == 0 ? "nothing (it is final)" : string.Join(" or ", next);
    }
}
