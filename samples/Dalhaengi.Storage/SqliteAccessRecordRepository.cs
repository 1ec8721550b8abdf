using Dalhaengi.Core.Access;

namespace Dalhaengi.SampleHost.Storage;

/// <summary>
/// Keeps the library's access record in SQLite, one row per entry; triggers refuse updates and deletes, so the
/// record stays append-only even against a careless query.
/// </summary>
internal sealed class SqliteAccessRecordRepository(Func<SqliteDatabase> database) : IAccessRecordRepository
{
    public SqliteAccessRecordRepository(SqliteDatabase database)
        : this(() => database)
    {
    }

    public Task AppendAsync(AccessRecordEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        cancellationToken.ThrowIfCancellationRequested();
        database().InTransaction((connection, transaction) =>
        {
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO access_record (at, user_name, role, subject, subject_id, purpose, allowed, rule)
                VALUES ($at, $user, $role, $subject, $subjectId, $purpose, $allowed, $rule)
                """;
            insert.Parameters.AddWithValue("$at", StorageFormat.Instant(entry.At));
            insert.Parameters.AddWithValue("$user", entry.User);
            insert.Parameters.AddWithValue("$role", entry.Role.Value);
            insert.Parameters.AddWithValue("$subject", StorageFormat.Enum(entry.Subject));
            insert.Parameters.AddWithValue("$subjectId", entry.SubjectId);
            insert.Parameters.AddWithValue("$purpose", (object?)entry.Purpose?.Value ?? DBNull.Value);
            insert.Parameters.AddWithValue("$allowed", entry.Allowed ? 1 : 0);
            insert.Parameters.AddWithValue("$rule", entry.Rule);
            insert.ExecuteNonQuery();
        });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AccessRecordEntry>> ListAsync(AccessRecordQuery? query = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<AccessRecordEntry> result = database().Read((connection, transaction) =>
        {
            using var select = connection.CreateCommand();
            select.Transaction = transaction;
            var where = new List<string> { "1 = 1" };
            if (query?.User is { } user)
            {
                where.Add("user_name = $user");
                select.Parameters.AddWithValue("$user", user);
            }

            if (query?.SubjectId is { } subject)
            {
                where.Add("subject_id = $subjectId");
                select.Parameters.AddWithValue("$subjectId", subject);
            }

            select.CommandText = $"SELECT at, user_name, role, subject, subject_id, purpose, allowed, rule FROM access_record WHERE {string.Join(" AND ", where)} ORDER BY seq";
            var entries = new List<AccessRecordEntry>();
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                var entry = new AccessRecordEntry(
                    StorageFormat.Instant(reader.GetString(0)),
                    reader.GetString(1),
                    new AccessRole(reader.GetString(2)),
                    StorageFormat.Enum<AccessSubjectKind>(reader.GetString(3)),
                    reader.GetString(4),
                    reader.IsDBNull(5) ? null : new AccessPurpose(reader.GetString(5)),
                    reader.GetInt64(6) == 1,
                    reader.GetString(7));

                // Instants are filtered here, exactly, rather than by comparing their text.
                if (query is null || query.Matches(entry))
                {
                    entries.Add(entry);
                }
            }

            return entries;
        });
        return Task.FromResult(result);
    }
}
