using Ardalis.GuardClauses;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Outreach;
using NodaTime;

namespace Dalhaengi.Core.Access;

/// <summary>
/// Applies a <see cref="RetentionPolicy"/>: clears the contact details of households whose last case closed long
/// enough ago, and lists those due for deletion. A host runs it on a schedule (for example nightly); it is idempotent.
/// </summary>
/// <remarks>
/// Only households with at least one case, all of them closed, are considered: a household never worked as a case is
/// outside this policy, and an open case keeps its household's data. Registered by <c>AddDalhaengi</c>.
/// </remarks>
/// <param name="policy">The retention policy.</param>
/// <param name="households">The household repository.</param>
/// <param name="cases">The case repository.</param>
/// <param name="clock">Gives the day, in Korea Standard Time, periods are judged on.</param>
public sealed class RetentionJob(RetentionPolicy policy, IHouseholdRepository households, ICaseRepository cases, IClock clock)
{
    private readonly RetentionPolicy _policy = Guard.Against.Null(policy);
    private readonly IHouseholdRepository _households = Guard.Against.Null(households);
    private readonly ICaseRepository _cases = Guard.Against.Null(cases);
    private readonly IClock _clock = Guard.Against.Null(clock);

    /// <summary>Runs the policy once.</summary>
    /// <param name="cancellationToken">Cancels the run between households; what was saved stays saved.</param>
    /// <returns>What it did and what it leaves to the host.</returns>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public async Task<RetentionRunResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var today = OutreachTime.Today(_clock);
        var all = await _cases.ListAsync(null, cancellationToken).ConfigureAwait(false);
        var pseudonymized = new List<HouseholdId>();
        var deletion = new List<HouseholdId>();
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
                deletion.Add(group.Key);
            }
            else if (due.Count > 0
                && await _households.FindAsync(group.Key, cancellationToken).ConfigureAwait(false) is { } household
                && (household.ContactName ?? household.ContactPhone ?? household.Note) is not null)
            {
                await _households.UpdateAsync(WithoutContact(household), cancellationToken).ConfigureAwait(false);
                pseudonymized.Add(group.Key);
            }
        }

        return new RetentionRunResult(today, pseudonymized, deletion);
    }

    // Keeps the opaque id and the facts statistics and rules need; drops what identifies or reaches a person.
    private static Household WithoutContact(Household h) =>
        new(h.Id, h.District, h.Members, h.Housing, h.Site, h.Contact, h.Consent, h.Programmes, h.Signals);
}
