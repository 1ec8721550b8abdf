using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;

namespace Dalhaengi.Core.Outreach;

/// <summary>
/// Keeps session records in memory for tests and the sample host's first run; thread-safe. Given the city (as
/// <c>AddDalhaengi</c> does), it refuses a record whose site is not in its district or that names an unknown partner.
/// </summary>
internal sealed class InMemorySessionRecordRepository(Municipality? municipality = null, PartnerRoster? roster = null) : ISessionRecordRepository
{
    private readonly InMemoryStore<SessionRecordId, SessionRecord> _store = new("session record", r => r.Id, r => r.Version);

    public Task<SessionRecord?> FindAsync(SessionRecordId id, CancellationToken cancellationToken = default) => _store.FindAsync(id, cancellationToken);

    public Task<IReadOnlyList<SessionRecord>> ListAsync(SessionRecordQuery? query = null, CancellationToken cancellationToken = default) =>
        _store.ListAsync(
            r => query?.Matches(r) ?? true,
            rs => rs.OrderBy(r => r.Current.Date).ThenBy(r => r.Id.Value, StringComparer.Ordinal),
            cancellationToken);

    public Task AddAsync(SessionRecord record, CancellationToken cancellationToken = default) =>
        AddRangeAsync([record ?? throw new ArgumentNullException(nameof(record))], cancellationToken);

    public Task AddRangeAsync(IEnumerable<SessionRecord> records, CancellationToken cancellationToken = default)
    {
        var list = (records ?? throw new ArgumentNullException(nameof(records))).ToList();
        list.ForEach(r => OutreachConsistency.Check(r ?? throw new ArgumentNullException(nameof(records)), municipality, roster));
        return _store.AddRangeAsync(list, cancellationToken);
    }

    public Task UpdateAsync(SessionRecord record, int expectedVersion, CancellationToken cancellationToken = default)
    {
        OutreachConsistency.Check(record ?? throw new ArgumentNullException(nameof(record)), municipality, roster);
        return _store.UpdateAsync(record, expectedVersion, cancellationToken);
    }
}
