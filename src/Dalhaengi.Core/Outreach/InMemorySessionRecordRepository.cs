namespace Dalhaengi.Core.Outreach;

/// <summary>Keeps session records in memory for tests and the sample host's first run; thread-safe.</summary>
internal sealed class InMemorySessionRecordRepository : ISessionRecordRepository
{
    private readonly InMemoryStore<SessionRecordId, SessionRecord> _store = new("session record", r => r.Id, r => r.Version);

    public Task<SessionRecord?> FindAsync(SessionRecordId id, CancellationToken cancellationToken = default) => _store.FindAsync(id, cancellationToken);

    public Task<IReadOnlyList<SessionRecord>> ListAsync(SessionRecordQuery? query = null, CancellationToken cancellationToken = default) =>
        _store.ListAsync(
            r => query?.Matches(r) ?? true,
            rs => rs.OrderBy(r => r.Current.Date).ThenBy(r => r.Id.Value, StringComparer.Ordinal),
            cancellationToken);

    public Task AddAsync(SessionRecord record, CancellationToken cancellationToken = default) =>
        _store.AddRangeAsync([record ?? throw new ArgumentNullException(nameof(record))], cancellationToken);

    public Task AddRangeAsync(IEnumerable<SessionRecord> records, CancellationToken cancellationToken = default) => _store.AddRangeAsync(records, cancellationToken);

    public Task UpdateAsync(SessionRecord record, int expectedVersion, CancellationToken cancellationToken = default) =>
        _store.UpdateAsync(record, expectedVersion, cancellationToken);
}
