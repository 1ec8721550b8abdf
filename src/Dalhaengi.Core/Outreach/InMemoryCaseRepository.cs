namespace Dalhaengi.Core.Outreach;

/// <summary>Keeps cases in memory for tests and the sample host's first run; thread-safe.</summary>
internal sealed class InMemoryCaseRepository : ICaseRepository
{
    private readonly InMemoryStore<CaseId, Case> _store = new("case", c => c.Id, c => c.Version);

    public Task<Case?> FindAsync(CaseId id, CancellationToken cancellationToken = default) => _store.FindAsync(id, cancellationToken);

    public Task<IReadOnlyList<Case>> ListAsync(CaseQuery? query = null, CancellationToken cancellationToken = default) =>
        _store.ListAsync(c => query?.Matches(c) ?? true, cs => cs.OrderBy(c => c.Id.Value, StringComparer.Ordinal), cancellationToken);

    public Task AddAsync(Case @case, CancellationToken cancellationToken = default) =>
        _store.AddRangeAsync([@case ?? throw new ArgumentNullException(nameof(@case))], cancellationToken);

    public Task AddRangeAsync(IEnumerable<Case> cases, CancellationToken cancellationToken = default) => _store.AddRangeAsync(cases, cancellationToken);

    public Task UpdateAsync(Case @case, int expectedVersion, CancellationToken cancellationToken = default) =>
        _store.UpdateAsync(@case, expectedVersion, cancellationToken);
}
