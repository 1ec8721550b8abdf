using Ardalis.GuardClauses;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Outreach;
using NodaTime;

namespace Dalhaengi.Core.Access;

/// <summary>
/// Asks the access policy and keeps the access record: every request for personal data or for the access record
/// itself, allowed or denied, is appended once, with who, when, which subject, purpose and decision.
/// </summary>
/// <remarks>
/// Registered by <c>AddDalhaengi</c>. Requests for referrals, cases, session records and aggregates are decided but
/// not recorded: they name households by opaque id only. Thread-safe when the repository is.
/// </remarks>
/// <param name="policy">The policy.</param>
/// <param name="record">The access record.</param>
/// <param name="clock">Stamps the entries and gives the day on which consent is judged.</param>
public sealed class AccessGate(AccessPolicy policy, IAccessRecordRepository record, IClock clock)
{
    private readonly AccessPolicy _policy = Guard.Against.Null(policy);
    private readonly IAccessRecordRepository _record = Guard.Against.Null(record);
    private readonly IClock _clock = Guard.Against.Null(clock);

    /// <summary>The policy it asks.</summary>
    public AccessPolicy Policy => _policy;

    /// <summary>Decides a request, recording it when it is for personal data or the access record.</summary>
    /// <param name="principal">Who asks.</param>
    /// <param name="purpose">Why, or <see langword="null"/>.</param>
    /// <param name="target">What it asks to see.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="principal"/> or <paramref name="target"/> is <see langword="null"/>.</exception>
    public async Task<AccessDecision> CheckAsync(Principal principal, AccessPurpose? purpose, AccessTarget target, CancellationToken cancellationToken = default)
    {
        var decision = _policy.Decide(principal, purpose, target);
        if (target.Kind is AccessSubjectKind.HouseholdPersonalData or AccessSubjectKind.AccessRecord)
        {
            var entry = new AccessRecordEntry(_clock.GetCurrentInstant(), principal.User, principal.Role, target.Kind, target.SubjectId, purpose, decision.Allowed, decision.Rule);
            await _record.AppendAsync(entry, cancellationToken).ConfigureAwait(false);
        }

        return decision;
    }

    /// <summary>Asks to see a household's personal data for a purpose, recording the request.</summary>
    /// <param name="principal">Who asks.</param>
    /// <param name="purpose">Why.</param>
    /// <param name="household">The household.</param>
    /// <param name="referrals">The household's referrals (a partner sees it only through an open one addressed to it, within consent).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The revealed view when allowed; otherwise the masked view; either way with the decision.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public async Task<HouseholdView> RevealAsync(Principal principal, AccessPurpose purpose, Household household, IEnumerable<Referral> referrals, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(household);
        var today = OutreachTime.DateOf(_clock.GetCurrentInstant());
        var target = AccessTarget.ForHousehold(household.Id, household.District, referrals, today);
        var decision = await CheckAsync(principal, purpose, target, cancellationToken).ConfigureAwait(false);
        return HouseholdView.For(household, decision);
    }

    /// <summary>Decides a request without recording it, for lists that show no personal data.</summary>
    /// <param name="principal">Who asks.</param>
    /// <param name="target">What it asks to see.</param>
    /// <returns>The decision; a request for personal data or the access record is always denied here, as it must be recorded.</returns>
    public AccessDecision Peek(Principal principal, AccessTarget target)
    {
        Guard.Against.Null(target);
        return target.Kind is AccessSubjectKind.HouseholdPersonalData or AccessSubjectKind.AccessRecord
            ? new AccessDecision(false, "must-be-recorded", "개인정보와 접속기록은 기록되는 요청으로만 볼 수 있습니다 / use CheckAsync: this read must be recorded")
            : _policy.Decide(principal, null, target);
    }
}
