using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Rotation;
using Microsoft.Data.Sqlite;

namespace Dalhaengi.SampleHost.Storage;

/// <summary>
/// Stores saved rotation plans in SQLite: one row per name, one row per session and per skipped slot (see
/// <see cref="PlanningSchema"/>). Saving replaces the previous version in one transaction, so a reader (or a process
/// killed part-way) sees either the old plan or the new one whole.
/// </summary>
internal sealed class SqliteRotationPlanRepository(Func<SqliteDatabase> database) : IRotationPlanRepository
{
    public SqliteRotationPlanRepository(SqliteDatabase database)
        : this(() => database)
    {
    }

    private SqliteDatabase Database => database();

    public Task SaveAsync(string planName, RotationPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);

        // Validated and serialised before the transaction starts, so a bad plan never opens a write lock.
        var saved = new SavedRotationPlan(Name(planName), plan.Sessions, plan.Skipped);
        var sessions = saved.Sessions.Select((s, i) => new object?[]
        {
            saved.Name, (long)(i + 1), s.Id.Value, StorageFormat.Date(s.Date), (long)s.Slot, StorageFormat.Enum(s.Status),
            s.District.Value, s.Site.Value, PlanningDocuments.WriteTeam(s.Team), PlanningDocuments.WriteRationale(s.Why),
        }).ToList();
        var skipped = saved.Skipped.Select((s, i) => new object?[]
        {
            saved.Name, (long)(i + 1), StorageFormat.Date(s.Date), s.Slot is { } slot ? (long)slot : null, StorageFormat.Enum(s.Reason), s.Description,
        }).ToList();
        cancellationToken.ThrowIfCancellationRequested();
        Database.InTransaction((c, t) =>
        {
            // Children first and explicitly, rather than relying on ON DELETE CASCADE being switched on for the connection.
            Execute(c, t, "DELETE FROM planned_sessions WHERE plan_name = $p0;", [saved.Name]);
            Execute(c, t, "DELETE FROM skipped_slots WHERE plan_name = $p0;", [saved.Name]);
            Execute(c, t, "DELETE FROM rotation_plans WHERE name = $p0;", [saved.Name]);
            Execute(c, t, "INSERT INTO rotation_plans (name, session_count, skipped_count) VALUES ($p0, $p1, $p2);",
                [saved.Name, (long)sessions.Count, (long)skipped.Count]);
            InsertAll(c, t, "planned_sessions", ["plan_name", "seq", "id", "date", "slot", "status", "district", "site", "team", "rationale"], sessions);
            InsertAll(c, t, "skipped_slots", ["plan_name", "seq", "date", "slot", "reason", "description"], skipped);
        });
        return Task.CompletedTask;
    }

    public Task<SavedRotationPlan?> FindAsync(string planName, CancellationToken cancellationToken = default)
    {
        var name = Name(planName);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Database.Read<SavedRotationPlan?>((c, t) =>
        {
            var counts = Rows(c, t, "SELECT session_count, skipped_count FROM rotation_plans WHERE name = $p0;", name);
            if (counts.Count == 0)
            {
                return null;
            }

            var sessions = Rows(c, t, "SELECT id, date, slot, status, district, site, team, rationale FROM planned_sessions WHERE plan_name = $p0 ORDER BY seq;", name)
                .Select(r => new PlannedSession(
                    new SessionId((string)r[0]!), StorageFormat.Date((string)r[1]!), checked((int)(long)r[2]!), StorageFormat.Enum<PlannedSessionStatus>((string)r[3]!),
                    new DistrictCode((string)r[4]!), new SiteId((string)r[5]!), PlanningDocuments.ReadTeam((string)r[6]!), PlanningDocuments.ReadRationale((string)r[7]!)))
                .ToList();
            var skipped = Rows(c, t, "SELECT date, slot, reason, description FROM skipped_slots WHERE plan_name = $p0 ORDER BY seq;", name)
                .Select(r => new SkippedSlot(
                    StorageFormat.Date((string)r[0]!), r[1] is long slot ? checked((int)slot) : null, StorageFormat.Enum<SkipReason>((string)r[2]!), (string)r[3]!))
                .ToList();
            if ((long)counts[0][0]! != sessions.Count || (long)counts[0][1]! != skipped.Count)
            {
                throw new InvalidDataException(
                    $"Plan '{name}' is stored with {counts[0][0]} sessions and {counts[0][1]} skipped slots but has {sessions.Count} and {skipped.Count}; the database is inconsistent.");
            }

            return new SavedRotationPlan(name, sessions, skipped);
        }));
    }

    public Task<IReadOnlyList<string>> ListNamesAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();

        // Names are ASCII (checked on save), so SQLite's byte order is the ordinal order.
        IReadOnlyList<string> names = Database.Read((c, t) => Rows(c, t, "SELECT name FROM rotation_plans ORDER BY name;").Select(r => (string)r[0]!).ToList());
        return Task.FromResult(names);
    }

    private static string Name(string planName) => new SavedRotationPlan(planName, [], []).Name;

    private static void InsertAll(SqliteConnection c, SqliteTransaction t, string table, string[] columns, List<object?[]> rows)
    {
        using var insert = c.CreateCommand();
        insert.Transaction = t;
        insert.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))});";
        var parameters = columns.Select((_, i) => insert.Parameters.AddWithValue($"$p{i}", DBNull.Value)).ToArray();
        insert.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = row[i] ?? DBNull.Value;
            }

            insert.ExecuteNonQuery();
        }
    }

    private static void Execute(SqliteConnection c, SqliteTransaction t, string sql, object[] values)
    {
        using var command = c.CreateCommand();
        command.Transaction = t;
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue($"$p{i}", values[i]);
        }

        command.ExecuteNonQuery();
    }

    private static List<object?[]> Rows(SqliteConnection c, SqliteTransaction t, string sql, params string[] values)
    {
        using var command = c.CreateCommand();
        command.Transaction = t;
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue($"$p{i}", values[i]);
        }

        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
