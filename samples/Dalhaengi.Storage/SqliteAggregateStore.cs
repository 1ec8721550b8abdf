using Dalhaengi.Core.Outreach;
using Microsoft.Data.Sqlite;

namespace Dalhaengi.SampleHost.Storage;

/// <summary>
/// Stores one kind of audit-trailed aggregate in two tables: a head row (id, version and the columns queries filter
/// on) and one trail row per audit-trail entry, numbered from 1. Mirrors the library's in-memory repositories:
/// batches are all or nothing, updates check the version inside the same transaction that writes.
/// </summary>
/// <remarks>
/// Microsoft.Data.Sqlite does its I/O synchronously (its async methods only wrap the sync ones), so these methods
/// are synchronous and the repositories return completed tasks rather than pretending otherwise.
/// </remarks>
internal abstract class SqliteAggregateStore<T>(Func<SqliteDatabase> database)
    where T : class
{
    protected SqliteDatabase Database => database();

    /// <summary>The aggregate's name in messages, as the in-memory repositories word it (<c>referral</c>).</summary>
    protected abstract string Kind { get; }

    protected abstract string Table { get; }

    protected abstract string TrailTable { get; }

    /// <summary>The trail table's column holding the aggregate's id.</summary>
    protected abstract string TrailOwner { get; }

    /// <summary>The trail table's entry number column (1, 2, 3 …).</summary>
    protected abstract string TrailSeq { get; }

    /// <summary>The head columns besides <c>id</c> and <c>version</c>.</summary>
    protected abstract IReadOnlyList<string> HeadColumns { get; }

    /// <summary>The trail columns besides the owner and the entry number.</summary>
    protected abstract IReadOnlyList<string> TrailColumns { get; }

    protected abstract string IdOf(T item);

    protected abstract int VersionOf(T item);

    protected abstract object?[] HeadValues(T item);

    protected abstract IEnumerable<object?[]> TrailValues(T item);

    /// <summary>Rebuilds an aggregate from its head columns and trail rows (without id, version or entry number).</summary>
    protected abstract T Rebuild(string id, StoredRow head, IReadOnlyList<StoredRow> trail, SqliteConnection connection, SqliteTransaction transaction);

    /// <summary>Refuses, before anything is written, an aggregate that could not be rebuilt from what would be stored.</summary>
    protected virtual void CheckStorable(T item, SqliteConnection connection, SqliteTransaction transaction)
    {
    }

    public T? Find(string id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Database.Read((c, t) => Load(c, t, "h.id = $id", [("$id", id)])).SingleOrDefault();
    }

    public List<T> List(string where, IReadOnlyList<(string Name, object? Value)> parameters, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Database.Read((c, t) => Load(c, t, where, parameters));
    }

    public void AddRange(IEnumerable<T> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        cancellationToken.ThrowIfCancellationRequested();
        Database.InTransaction((c, t) => AddRange(items, c, t, cancellationToken));
    }

    /// <summary>Adds a batch inside the caller's transaction; a throw leaves the caller to roll back.</summary>
    public void AddRange(IEnumerable<T> items, SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var batch = items.ToList();
        if (batch.Any(i => i is null))
        {
            throw new ArgumentNullException(nameof(items), $"A batch of {Kind}s holds null.");
        }

        var rows = batch.Select(i => (Item: i, Id: IdOf(i), Head: Row([IdOf(i), VersionOf(i), .. HeadValues(i)]), Trail: Trail(i))).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => !seen.Add(r.Id)))
        {
            throw Duplicate(row.Id);
        }

        foreach (var row in rows)
        {
            if (StoredVersion(connection, transaction, row.Id) is not null)
            {
                throw Duplicate(row.Id);
            }

            CheckStorable(row.Item, connection, transaction);
        }

        var head = Inserter(connection, transaction, Table, ["id", "version", .. HeadColumns]);
        var trail = Inserter(connection, transaction, TrailTable, [TrailOwner, TrailSeq, .. TrailColumns]);
        foreach (var row in rows)
        {
            // Checked per aggregate, so a cancelled seed or import rolls back whole instead of half-written.
            cancellationToken.ThrowIfCancellationRequested();
            head(row.Head.Values);
            for (var i = 0; i < row.Trail.Count; i++)
            {
                trail([row.Id, (long)(i + 1), .. row.Trail[i].Values]);
            }
        }
    }

    public void Update(T item, int expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var id = IdOf(item);
        var version = VersionOf(item);
        if (version <= expectedVersion)
        {
            throw new ArgumentException($"The {Kind} has version {version}, not above the expected {expectedVersion}: nothing changed.", nameof(item));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var trailRows = Trail(item);
        var head = Row(HeadValues(item));
        Database.InTransaction((c, t) =>
        {
            // The version is read inside the write transaction (BEGIN IMMEDIATE holds the write lock), so no other
            // writer can slip in between the check and the write.
            var stored = StoredVersion(c, t, id) ?? throw new KeyNotFoundException($"No {Kind} with id '{id}' is stored.");
            if (stored != expectedVersion)
            {
                throw new ConcurrencyConflictException($"{Kind} {id}", expectedVersion, stored);
            }

            var storedTrail = ReadTrail(c, t, id);
            if (storedTrail.Count != expectedVersion || storedTrail.Zip(trailRows).Any(p => !p.First.SameAs(p.Second)))
            {
                throw new InvalidOperationException($"The audit trail of {Kind} {id} does not extend the stored one: stored entries are never rewritten; reload it and apply the change again.");
            }

            CheckStorable(item, c, t);
            var insert = Inserter(c, t, TrailTable, [TrailOwner, TrailSeq, .. TrailColumns]);
            for (var i = expectedVersion; i < trailRows.Count; i++)
            {
                insert([id, (long)(i + 1), .. trailRows[i].Values]);
            }

            using var update = Command(c, t,
                $"UPDATE {Table} SET version = $version, {string.Join(", ", HeadColumns.Select((col, i) => $"{col} = $p{i}"))} WHERE id = $id;");
            update.Parameters.AddWithValue("$id", id);
            update.Parameters.AddWithValue("$version", version);
            for (var i = 0; i < HeadColumns.Count; i++)
            {
                update.Parameters.AddWithValue($"$p{i}", head.Values[i] ?? DBNull.Value);
            }

            update.ExecuteNonQuery();
        });
    }

    /// <summary>Loads the aggregates whose head row matches <paramref name="where"/> (head alias <c>h</c>), by id.</summary>
    internal List<T> Load(SqliteConnection connection, SqliteTransaction transaction, string where, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        var headWidth = 2 + HeadColumns.Count;
        var sql = $"""
            SELECT h.id, h.version{string.Concat(HeadColumns.Select(c => $", h.{c}"))}, t.{TrailSeq}{string.Concat(TrailColumns.Select(c => $", t.{c}"))}
            FROM {Table} h JOIN {TrailTable} t ON t.{TrailOwner} = h.id
            WHERE {where}
            ORDER BY h.id, t.{TrailSeq};
            """;
        var rows = Query(connection, transaction, sql, parameters);

        // Read everything first: rebuilding may query again (a case reads its referrals) on the same connection.
        var result = new List<T>();
        foreach (var group in rows.GroupBy(r => (string)r.Values[0]!, StringComparer.Ordinal))
        {
            var entries = group.ToList();
            var head = entries[0];
            var version = head.Int(1);
            var numbers = entries.Select(e => e.Int(headWidth)).ToList();
            if (version != entries.Count || !numbers.SequenceEqual(Enumerable.Range(1, entries.Count)))
            {
                throw new InvalidDataException($"{Kind} {group.Key} is stored at version {version} with trail entries {string.Join(", ", numbers)}; the database is inconsistent.");
            }

            result.Add(Rebuild(
                group.Key,
                new StoredRow(head.Values[2..headWidth]),
                [.. entries.Select(e => new StoredRow(e.Values[(headWidth + 1)..]))],
                connection,
                transaction));
        }

        return result;
    }

    protected static List<StoredRow> Query(SqliteConnection connection, SqliteTransaction transaction, string sql, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        using var command = Command(connection, transaction, sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, StoredRow.Normalize(value) ?? DBNull.Value);
        }

        using var reader = command.ExecuteReader();
        var rows = new List<StoredRow>();
        while (reader.Read())
        {
            var values = new object?[reader.FieldCount];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(new StoredRow(values));
        }

        return rows;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    /// <summary>Returns a function that inserts one row of values into <paramref name="table"/> with a parameterised INSERT.</summary>
    private static Action<object?[]> Inserter(SqliteConnection connection, SqliteTransaction transaction, string table, IReadOnlyList<string> columns)
    {
        return values =>
        {
            using var command = Command(connection, transaction,
                $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))});");
            for (var i = 0; i < columns.Count; i++)
            {
                command.Parameters.AddWithValue($"$p{i}", StoredRow.Normalize(values[i]) ?? DBNull.Value);
            }

            command.ExecuteNonQuery();
        };
    }

    private static StoredRow Row(object?[] values) => new([.. values.Select(StoredRow.Normalize)]);

    private List<StoredRow> Trail(T item) => [.. TrailValues(item).Select(Row)];

    private int? StoredVersion(SqliteConnection connection, SqliteTransaction transaction, string id) =>
        Query(connection, transaction, $"SELECT version FROM {Table} WHERE id = $id;", [("$id", id)]) is [var row] ? row.Int(0) : null;

    private List<StoredRow> ReadTrail(SqliteConnection connection, SqliteTransaction transaction, string id) =>
        Query(connection, transaction, $"SELECT {string.Join(", ", TrailColumns)} FROM {TrailTable} WHERE {TrailOwner} = $id ORDER BY {TrailSeq};", [("$id", id)]);

    private DuplicateIdException Duplicate(string id) =>
        new($"A {Kind} with id '{id}' is already stored or repeated in the batch; nothing was added.");
}
