using Ardalis.GuardClauses;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Outreach;
using NodaTime;

namespace Dalhaengi.Core.Access;

/// <summary>
/// Applies a <see cref="RetentionPolicy"/>: deletes the households whose deletion period has run out and clears the
/// contact details of those whose pseudonymization period has, recording each in the access record. A host runs it on
/// a schedule (for example nightly); it is idempotent.
/// </summary>
/// <remarks>
/// <para>
/// Only households with at least one case, all of them closed, are considered: a household never worked as a case is
/// outside this policy, and an open case keeps its household's data. When several rules are due, a due
/// <c>household</c> <c>delete</c> wins; any other due rule (<c>household-contact</c> either way, or <c>household</c>
/// <c>pseudonymize</c>) clears the contact name, phone number and note and keeps the opaque id and facts.
/// </para>
/// <para>
/// Every deletion and pseudonymization appends one <see cref="AccessRecordEntry"/> after the change is saved: user and
/// role <c>retention-job</c>, subject <see cref="AccessSubjectKind.HouseholdPersonalData"/> with the household id,
/// purpose <c>retention</c>, allowed, and rule <c>retention:{policy id}@{version}:delete</c> or <c>…:pseudonymize</c>.
/// Cases, referrals and session records name the household by opaque id only and are kept. Registered by
/// <c>AddDalhaengi</c>.
/// </para>
/// </remarks>
/// <param name="policy">The retention policy.</param>
/// <param name="households">The household repository.</param>
/// <param name="cases">The case repository.</param>
/// <param name="record">The access record each deletion and pseudonymization is appended to.</param>
/// <param name="clock">Gives the day, in Korea Standard Time, periods are judged on, and the instant recorded.</param>
public sealed class RetentionJob(RetentionPolicy policy, IHouseholdRepository households, ICaseRepository cases, IAccessRecordRepository record, IClock clock)
{
    private const string JobName = "retention-job";
    private static readonly AccessRole JobRole = new(JobName);
    private static readonly AccessPurpose RetentionPurpose = new("retention");

    private readonly RetentionPolicy _policy = Guard.Against.Null(policy);
    private readonly IHouseholdRepository _households = Guard.Against.Null(households);
    private readonly ICaseRepository _cases = Guard.Against.Null(cases);
    private readonly IAccessRecordRepository _record = Guard.Against.Null(record);
    private readonly IClock _clock = Guard.Against.Null(clock);

    /// <summary>Runs the policy once.</summary>
    /// <param name="cancellationToken">Cancels the run between households; what was saved and recorded stays so.</param>
    /// <returns>What it did, by household id.</returns>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public async Task<RetentionRunResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var today = OutreachTime.Today(_clock);
        var all = await _cases.ListAsync(null, cancellationToken).ConfigureAwait(false);
        var pseudonymized = new List<HouseholdId>();
        var deleted = new List<HouseholdId>();
        foreach (var group in all.GroupBy(c => c.Household).OrderBy(g => g.Key.Value, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (group.Any(c => c.IsOpen))
            {
                continue;
            }

            var lastClosed = group.Max(c => c.ClosedOn!.Value);
            var due = _policy.Rules.Where(r => r.IsDue(lastClosed, today)).ToList();
            if (due.Any(r => r is { Data: RetentionData.Household, Action: RetentionAction.Delete }))
            {
                // False once it is gone: its cases stay, so later runs come back to it and must neither fail nor recount it.
                if (await _households.DeleteAsync(group.Key, cancellationToken).ConfigureAwait(false))
                {
                    await RecordAsync(group.Key, RetentionAction.Delete, cancellationToken).ConfigureAwait(false);
                    deleted.Add(group.Key);
                }
            }
            else if (due.Count > 0
                && await _households.FindAsync(group.Key, cancellationToken).ConfigureAwait(false) is { } household
                && (household.ContactName ?? household.ContactPhone ?? household.Note) is not null)
            {
                await _households.UpdateAsync(WithoutContact(household), cancellationToken).ConfigureAwait(false);
                await RecordAsync(group.Key, RetentionAction.Pseudonymize, cancellationToken).ConfigureAwait(false);
                pseudonymized.Add(group.Key);
            }
        }

        return new RetentionRunResult(today, pseudonymized, deleted);
    }

    // Recorded after the change is saved, so the record never claims a deletion that did not happen; if appending
    // fails, the run fails with it and the host sees which household was the last one handled.
    private Task RecordAsync(HouseholdId id, RetentionAction action, CancellationToken cancellationToken) =>
        _record.AppendAsync(
            new AccessRecordEntry(
                _clock.GetCurrentInstant(),
                JobName,
                JobRole,
                AccessSubjectKind.HouseholdPersonalData,
                id.Value,
                RetentionPurpose,
                allowed: true,
                $"retention:{_policy.Id}@{_policy.Version}:{(action == RetentionAction.Delete ? "delete" : "pseudonymize")}"),
            cancellationToken);

    // Keeps the opaque id and the facts statistics and rules need; drops what identifies or reaches a person.
    private static Household WithoutContact(Household h) =>
        new(h.Id, h.District, h.Members, h.Housing, h.Site, h.Contact, h.Consent, h.Programmes, h.Signals);
}
