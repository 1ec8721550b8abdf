using Dalhaengi.Core.Partners;

namespace Dalhaengi.Core.Outreach;

/// <summary>
/// Keeps referrals in memory for tests and the sample host's first run; thread-safe. Given the roster (as
/// <c>AddDalhaengi</c> does), it refuses a referral to a partner the roster does not have.
/// </summary>
internal sealed class InMemoryReferralRepository(PartnerRoster? roster = null) : IReferralRepository
{
    private readonly InMemoryStore<ReferralId, Referral> _store = new("referral", r => r.Id, r => r.Version);

    public Task<Referral?> FindAsync(ReferralId id, CancellationToken cancellationToken = default) => _store.FindAsync(id, cancellationToken);

    public Task<IReadOnlyList<Referral>> ListAsync(ReferralQuery? query = null, CancellationToken cancellationToken = default) =>
        _store.ListAsync(r => query?.Matches(r) ?? true, rs => rs.OrderBy(r => r.Id.Value, StringComparer.Ordinal), cancellationToken);

    public Task AddAsync(Referral referral, CancellationToken cancellationToken = default) =>
        AddRangeAsync([referral ?? throw new ArgumentNullException(nameof(referral))], cancellationToken);

    public Task AddRangeAsync(IEnumerable<Referral> referrals, CancellationToken cancellationToken = default)
    {
        var list = (referrals ?? throw new ArgumentNullException(nameof(referrals))).ToList();
        list.ForEach(r => OutreachConsistency.Check(r ?? throw new ArgumentNullException(nameof(referrals)), roster));
        return _store.AddRangeAsync(list, cancellationToken);
    }

    public Task UpdateAsync(Referral referral, int expectedVersion, CancellationToken cancellationToken = default)
    {
        OutreachConsistency.Check(referral ?? throw new ArgumentNullException(nameof(referral)), roster);
        return _store.UpdateAsync(referral, expectedVersion, cancellationToken);
    }
}
