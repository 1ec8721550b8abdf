using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;
using Dalhaengi.Core.Partners;
using NodaTime;

namespace Dalhaengi.Core.Outreach;

/// <summary>
/// A referral (의뢰) of a household to a partner organization, followed through an explicit state machine to its end.
/// </summary>
/// <remarks>
/// <para>
/// States and legal moves are listed on <see cref="ReferralState"/>. An illegal move throws
/// <see cref="BusinessRuleViolationException"/> naming the rule. Every move is kept in <see cref="History"/>
/// with who made it and when; <see cref="Replay"/> rebuilds the referral from that trail.
/// </para>
/// <para>
/// Immutable: every move returns the new referral. Dates are days in Korea Standard Time. The referral is
/// overdue from the day after <see cref="DueDate"/> until it is closed: the due date itself is still on time.
/// </para>
/// </remarks>
public sealed partial class Referral
{
    private readonly ValueList<ReferralTransition> _history;

    private Referral(ReferralId id, ReferralSubject subject, ValueList<ReferralTransition> history)
    {
        Id = id;
        Subject = subject;
        _history = history;
        ReferredOn = OutreachTime.DateOf(history[0].At);
        DueDate = subject.DueDate(ReferredOn);
        var last = history[^1];
        State = last.To;
        Partner = last.Partner;
        Outcome = last.Outcome;
        ClosedOn = last.To == ReferralState.Closed ? OutreachTime.DateOf(last.At) : null;
        RejectionReason = last.To == ReferralState.Rejected ? last.Reason : null;
    }

    /// <summary>The referral's id.</summary>
    public ReferralId Id { get; }

    /// <summary>What the referral is about: household, district, finding or case, deadline and consent.</summary>
    public ReferralSubject Subject { get; }

    /// <summary>Where it stands now.</summary>
    public ReferralState State { get; }

    /// <summary>The partner responsible now (the last one referred to).</summary>
    public PartnerId Partner { get; }

    /// <summary>How it ended, once <see cref="ReferralState.Closed"/>; otherwise <see langword="null"/>.</summary>
    public ReferralOutcome? Outcome { get; }

    /// <summary>The partner's reason while <see cref="ReferralState.Rejected"/>; otherwise <see langword="null"/>.</summary>
    public string? RejectionReason { get; }

    /// <summary>The day it was first referred.</summary>
    public LocalDate ReferredOn { get; }

    /// <summary>
    /// The last day a response is on time: the finding's date (or, for a case service, the referral's date) plus the
    /// response deadline. A re-referral keeps it: the household's need does not wait for a second partner.
    /// </summary>
    public LocalDate DueDate { get; }

    /// <summary>The day it was closed, or <see langword="null"/> while open.</summary>
    public LocalDate? ClosedOn { get; }

    /// <summary>The audit trail, oldest first; the first entry is the referral itself.</summary>
    public IReadOnlyList<ReferralTransition> History => _history;

    /// <summary>The number of entries in <see cref="History"/>; repositories check it for optimistic concurrency.</summary>
    public int Version => _history.Count;

    /// <summary>Whether the referral is still open (not <see cref="ReferralState.Closed"/>).</summary>
    public bool IsOpen => State != ReferralState.Closed;

    /// <summary>Whether it was closed <see cref="ReferralOutcome.Resolved"/> on or before its <see cref="DueDate"/>.</summary>
    public bool ClosedResolvedWithinDeadline => Outcome == ReferralOutcome.Resolved && ClosedOn <= DueDate;

    /// <summary>Opens a referral to a partner.</summary>
    /// <param name="id">The referral's id.</param>
    /// <param name="subject">What it is about.</param>
    /// <param name="partner">The partner chosen by staff or by the rotation's referral routing.</param>
    /// <param name="by">Who referred.</param>
    /// <param name="clock">The clock that stamps the referral; its day in Korea Standard Time is the referral day.</param>
    /// <returns>The referral in <see cref="ReferralState.Referred"/>.</returns>
    /// <exception cref="ArgumentException">An argument is missing or empty.</exception>
    /// <exception cref="DalhaengiValidationException">The subject is inconsistent.</exception>
    /// <exception cref="BusinessRuleViolationException">
    /// <c>ReferralSharingPersonalDataNeedsConsent</c>: it shares personal data and no consent on record covers the referral day.
    /// </exception>
    public static Referral Open(ReferralId id, ReferralSubject subject, PartnerId partner, string by, IClock clock)
    {
        Guard.Against.Default(id);
        Guard.Against.Null(subject);
        Guard.Against.Default(partner);
        Guard.Against.NullOrWhiteSpace(by);
        Guard.Against.Null(clock);
        var problems = subject.Validate();
        if (problems.Count > 0)
        {
            throw new DalhaengiValidationException($"referral {id}", problems);
        }

        var first = new ReferralTransition(ReferralState.Referred, partner, by, clock.GetCurrentInstant());
        CheckConsent(id, subject, first);
        return new Referral(id, subject, ValueList<ReferralTransition>.From([first]));
    }

    /// <summary>Rebuilds a referral from its subject and audit trail, checking every move again.</summary>
    /// <param name="id">The referral's id.</param>
    /// <param name="subject">What it is about.</param>
    /// <param name="history">The audit trail, oldest first, starting with the referral itself.</param>
    /// <returns>The referral as it stood after the last move.</returns>
    /// <exception cref="ArgumentException">An argument is missing, or a move lacks its reason or outcome.</exception>
    /// <exception cref="DalhaengiValidationException">The subject is inconsistent.</exception>
    /// <exception cref="BusinessRuleViolationException">A move in the trail breaks a rule.</exception>
    public static Referral Replay(ReferralId id, ReferralSubject subject, IEnumerable<ReferralTransition> history)
    {
        var moves = Guard.Against.NullOrEmpty(history).ToList();
        var first = moves[0];
        if (first.To != ReferralState.Referred || first.Outcome is not null)
        {
            throw new ArgumentException($"The trail of referral {id} must start with the referral itself.", nameof(history));
        }

        var referral = Open(id, subject, first.Partner, first.By, new FixedClock(first.At));
        foreach (var move in moves.Skip(1))
        {
            referral = referral.Apply(move);
        }

        return referral;
    }

    /// <summary>Tells whether the state machine has a move from one state to another.</summary>
    /// <param name="from">The state before.</param>
    /// <param name="to">The state after.</param>
    /// <returns><see langword="true"/> when the move is legal (ignoring outcome rules).</returns>
    public static bool IsLegalMove(ReferralState from, ReferralState to) => (from, to) switch
    {
        (ReferralState.Referred, ReferralState.Accepted or ReferralState.Rejected) => true,
        (ReferralState.Accepted, ReferralState.InService or ReferralState.Closed) => true,
        (ReferralState.InService, ReferralState.Closed) => true,
        (ReferralState.Rejected, ReferralState.Referred or ReferralState.Closed) => true,
        _ => false,
    };

    /// <summary>Returns the id, state, partner and due date.</summary>
    /// <returns>For example <c>ref-1 Accepted → yp-dementia-centre due 2024-03-13</c>.</returns>
    public override string ToString() => $"{Id} {State} → {Partner} due {DueDate:uuuu-MM-dd}";

    private sealed class FixedClock(Instant at) : IClock
    {
        public Instant GetCurrentInstant() => at;
    }
}
