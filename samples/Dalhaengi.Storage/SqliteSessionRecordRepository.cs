using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Outreach;
using Dalhaengi.Core.Partners;
using Microsoft.Data.Sqlite;

namespace Dalhaengi.SampleHost.Storage;

/// <summary>
/// Stores session records in SQLite: a head row with the current date, site and district (what queries filter on)
/// and one row per revision holding its details as JSON; reading replays the revisions with <see cref="SessionRecord.Replay"/>.
/// Given the city, it makes the library's <see cref="OutreachConsistency"/> checks before it opens a transaction, as the
/// in-memory repository does, so a refused batch writes nothing.
/// </summary>
internal sealed class SqliteSessionRecordRepository(Func<SqliteDatabase> database, Municipality? municipality = null, PartnerRoster? roster = null)
    : ISessionRecordRepository
{
    private readonly Store _store = new(database);

    public SqliteSessionRecordRepository(SqliteDatabase database, Municipality? municipality = null, PartnerRoster? roster = null)
        : this(() => database, municipality, roster)
    {
    }

    public Task<SessionRecord?> FindAsync(SessionRecordId id, CancellationToken cancellationToken = default) =>
        Task.FromResult(_store.Find(id.Value, cancellationToken));

    public Task<IReadOnlyList<SessionRecord>> ListAsync(SessionRecordQuery? query = null, CancellationToken cancellationToken = default)
    {
        var where = new List<string> { "1 = 1" };
        var parameters = new List<(string, object?)>();

        // ISO dates compare as text in date order for years 1 to 9999; the exact check is repeated below.
        if (query?.Dates is { } dates && dates.Start.Year >= 1)
        {
            where.Add("h.date BETWEEN $start AND $end");
            parameters.Add(("$start", StorageFormat.Date(dates.Start)));
            parameters.Add(("$end", StorageFormat.Date(dates.End)));
        }

        if (query?.District is { } district)
        {
            where.Add("h.district = $district");
            parameters.Add(("$district", district.Value));
        }

        if (query?.Site is { } site)
        {
            where.Add("h.site = $site");
            parameters.Add(("$site", site.Value));
        }

        IReadOnlyList<SessionRecord> result =
        [
            .. _store.List(string.Join(" AND ", where), parameters, cancellationToken)
                .Where(r => query?.Dates is null || query.Dates.Contains(r.Current.Date))
                .OrderBy(r => r.Current.Date)
                .ThenBy(r => r.Id.Value, StringComparer.Ordinal),
        ];
        return Task.FromResult(result);
    }

    public Task AddAsync(SessionRecord record, CancellationToken cancellationToken = default) =>
        AddRangeAsync([record ?? throw new ArgumentNullException(nameof(record))], cancellationToken);

    public Task AddRangeAsync(IEnumerable<SessionRecord> records, CancellationToken cancellationToken = default)
    {
        _store.AddRange(Checked(records), cancellationToken);
        return Task.CompletedTask;
    }

    public Task UpdateAsync(SessionRecord record, int expectedVersion, CancellationToken cancellationToken = default)
    {
        OutreachConsistency.Check(record ?? throw new ArgumentNullException(nameof(record)), municipality, roster);
        _store.Update(record, expectedVersion, cancellationToken);
        return Task.CompletedTask;
    }

    /// <summary>Inserts records inside a caller's transaction, for seeding together with the other aggregates.</summary>
    internal void AddRange(IEnumerable<SessionRecord> records, SqliteConnection connection, SqliteTransaction transaction) =>
        _store.AddRange(Checked(records), connection, transaction);

    // Every record is checked before the first row is written: the whole batch is refused, never half stored.
    private List<SessionRecord> Checked(IEnumerable<SessionRecord> records)
    {
        var list = (records ?? throw new ArgumentNullException(nameof(records))).ToList();
        list.ForEach(r => OutreachConsistency.Check(r ?? throw new ArgumentNullException(nameof(records)), municipality, roster));
        return list;
    }

    private sealed class Store(Func<SqliteDatabase> database) : SqliteAggregateStore<SessionRecord>(database)
    {
        protected override string Kind => "session record";

        protected override string Table => "session_records";

        protected override string TrailTable => "session_record_revisions";

        protected override string TrailOwner => "record_id";

        protected override string TrailSeq => "version";

        protected override IReadOnlyList<string> HeadColumns { get; } = ["date", "site", "district"];

        protected override IReadOnlyList<string> TrailColumns { get; } = ["changed_by", "changed_at", "reason", "changed_fields", "details"];

        protected override string IdOf(SessionRecord item) => item.Id.Value;

        protected override int VersionOf(SessionRecord item) => item.Version;

        protected override object?[] HeadValues(SessionRecord item) =>
            [StorageFormat.Date(item.Current.Date), item.Current.Site.Value, item.Current.District.Value];

        protected override IEnumerable<object?[]> TrailValues(SessionRecord item) =>
            item.Revisions.Select(r => new object?[]
            {
                r.ChangedBy, StorageFormat.Instant(r.ChangedAt), r.Reason, StorageDocuments.WriteStrings(r.ChangedFields), StorageDocuments.Write(r.Details),
            });

        protected override SessionRecord Rebuild(string id, StoredRow head, IReadOnlyList<StoredRow> trail, SqliteConnection connection, SqliteTransaction transaction) =>
            SessionRecord.Replay(new SessionRecordId(id), trail.Select((row, i) => new SessionRecordRevision(
                i + 1,
                StorageDocuments.ReadSessionDetails(row.Text(4)),
                row.Text(0),
                StorageFormat.Instant(row.Text(1)),
                row.TextOrNull(2),
                StorageDocuments.ReadStrings(row.Text(3)))));
    }
}
