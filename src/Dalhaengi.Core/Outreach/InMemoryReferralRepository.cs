namespace Dalhaengi.Core.Outreach;

/// <summary>Keeps referrals in memory for tests and the sample host's first run; thread-safe.</summary>
internal sealed class InMemoryReferralRepository : IReferralRepository
{
    private readonly InMemoryStore<ReferralId, Referral> _store = new("referral", r => r.Id, r => r.Version);

    public Task<Referral?> FindAsync(ReferralId id, CancellationToken cancellationToken = default) => _store.FindAsync(id, cancellationToken);

    public Task<IReadOnlyList<Referral>> ListAsync(ReferralQuery? query = null, CancellationToken cancellationToken = default) =>
        _store.ListAsync(r => query?.Matches(r) ?? true, rs => rs.OrderBy(r => r.Id.Value, StringComparer.Ordinal), cancellationToken);

    public Task AddAsync(Referral referral, CancellationToken cancellationToken = default) =>
        _store.AddRangeAsync([referral ?? throw new ArgumentNullException(nameof(referral))], cancellationToken);

    public Task AddRangeAsync(IEnumerable<Referral> referrals, CancellationToken cancellationToken = default) => _store.AddRangeAsync(referrals, cancellationToken);

    public Task UpdateAsync(Referral referral, int expectedVersion, CancellationToken cancellationToken = default) =>
        _store.UpdateAsync(referral, expectedVersion, cancellationToken);
}
