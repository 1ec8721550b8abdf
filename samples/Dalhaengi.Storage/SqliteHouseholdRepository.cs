using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Microsoft.Data.Sqlite;

namespace Dalhaengi.SampleHost.Storage;

/// <summary>
/// Stores households in SQLite, one row each with members and signals as JSON columns (see <see cref="PlanningSchema"/>).
/// Reading builds a new <see cref="Household"/> through its constructor, so stored data is re-checked on the way in.
/// </summary>
/// <remarks>
/// A batch is written in one transaction with one prepared INSERT whose parameters are rebound per row: parsing and
/// planning the statement once is what makes 60,000 households a matter of a second rather than a minute. A duplicate
/// id is caught by the primary key, which aborts the transaction, so nothing of the batch is kept.
/// </remarks>
internal sealed class SqliteHouseholdRepository(Func<SqliteDatabase> database) : IHouseholdRepository
{
    private const string Columns =
        "id, district, site, housing, contact, consent_level, consent_given_on, programmes, contact_name, contact_phone, note, members, signals";

    private static readonly string[] ColumnNames = [.. Columns.Split(", ")];

    public SqliteHouseholdRepository(SqliteDatabase database)
        : this(() => database)
    {
    }

    private SqliteDatabase Database => database();

    public Task<Household?> FindAsync(HouseholdId id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Database.Read((c, t) => Select(c, t, "WHERE id = $id", ("$id", id.Value))).SingleOrDefault());
    }

    public Task<IReadOnlyList<Household>> ListAsync(DistrictCode? district = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();

        // Ids are ASCII (HouseholdId allows no other characters), so SQLite's byte order is the ordinal order.
        IReadOnlyList<Household> result = district is { } d
            ? Database.Read((c, t) => Select(c, t, "WHERE district = $district ORDER BY id", ("$district", d.Value)))
            : Database.Read((c, t) => Select(c, t, "ORDER BY id"));
        return Task.FromResult(result);
    }

    public Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Database.Read((c, t) =>
        {
            using var command = Command(c, t, "SELECT COUNT(*) FROM households;");
            return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }));
    }

    public Task<IReadOnlyList<HouseholdId>> ListIdsAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<IReadOnlyList<HouseholdId>>(Database.Read((c, t) =>
        {
            using var command = Command(c, t, "SELECT id FROM households;");
            using var reader = command.ExecuteReader();
            var ids = new List<string>();
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }

            // Sorted here, ordinally, rather than by SQLite's collation, to match the in-memory store exactly.
            ids.Sort(StringComparer.Ordinal);
            return ids.Select(id => new HouseholdId(id)).ToList();
        }));
    }

    public Task AddRangeAsync(IEnumerable<Household> households, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(households);
        var batch = households.ToList();
        if (batch.Any(h => h is null))
        {
            throw new ArgumentNullException(nameof(households), "A batch of households holds null.");
        }

        var seen = new HashSet<HouseholdId>();
        foreach (var h in batch.Where(h => !seen.Add(h.Id)))
        {
            throw Duplicate(h.Id);
        }

        cancellationToken.ThrowIfCancellationRequested();
        Database.InTransaction((c, t) =>
        {
            using var insert = Command(c, t, $"INSERT INTO households ({Columns}) VALUES ({string.Join(", ", ColumnNames.Select(n => "$" + n))});");
            var parameters = ColumnNames.Select(n => insert.Parameters.Add("$" + n, SqliteType.Text)).ToArray();
            insert.Prepare();
            for (var i = 0; i < batch.Count; i++)
            {
                // Checked every thousand rows, so a cancelled import rolls back whole instead of half-written.
                if (i % 1000 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                Bind(parameters, batch[i]);
                try
                {
                    insert.ExecuteNonQuery();
                }
                catch (SqliteException ex) when (ex.SqliteErrorCode == 19)
                {
                    throw Duplicate(batch[i].Id, ex);
                }
            }
        });
        return Task.CompletedTask;
    }

    public Task UpdateAsync(Household household, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(household);
        cancellationToken.ThrowIfCancellationRequested();
        Database.InTransaction((c, t) =>
        {
            using var update = Command(c, t,
                $"UPDATE households SET {string.Join(", ", ColumnNames.Skip(1).Select(n => $"{n} = ${n}"))} WHERE id = $id;");
            var parameters = ColumnNames.Select(n => update.Parameters.Add("$" + n, SqliteType.Text)).ToArray();
            Bind(parameters, household);
            if (update.ExecuteNonQuery() == 0)
            {
                throw new KeyNotFoundException($"No household with id '{household.Id}' is stored.");
            }
        });
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(HouseholdId id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Database.InTransaction((c, t) =>
        {
            // The row goes, not a flag on it (파기). secure_delete makes SQLite overwrite the freed space with zeros
            // rather than leave the old bytes in free pages; it is per connection and only makes later deletes costlier.
            using (var secure = Command(c, t, "PRAGMA secure_delete = ON;"))
            {
                secure.ExecuteNonQuery();
            }

            using var delete = Command(c, t, "DELETE FROM households WHERE id = $id;");
            delete.Parameters.AddWithValue("$id", id.Value);
            return delete.ExecuteNonQuery() == 1;
        }));
    }

    private static void Bind(SqliteParameter[] p, Household h)
    {
        object?[] values =
        [
            h.Id.Value, h.District.Value, h.Site?.Value, StorageFormat.Enum(h.Housing), StorageFormat.Enum(h.Contact),
            StorageFormat.Enum(h.Consent.Level), h.Consent.GivenOn is { } given ? StorageFormat.Date(given) : null,
            WriteProgrammes(h.Programmes), h.ContactName, h.ContactPhone, h.Note,
            PlanningDocuments.WriteMembers(h.Members), PlanningDocuments.WriteSignals(h.Signals),
        ];
        for (var i = 0; i < p.Length; i++)
        {
            p[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static List<Household> Select(SqliteConnection connection, SqliteTransaction transaction, string tail, params (string Name, string Value)[] parameters)
    {
        using var command = Command(connection, transaction, $"SELECT {Columns} FROM households {tail};");
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        using var r = command.ExecuteReader();
        var result = new List<Household>();
        while (r.Read())
        {
            string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
            var given = Text(6);
            result.Add(new Household(
                new HouseholdId(r.GetString(0)),
                new DistrictCode(r.GetString(1)),
                PlanningDocuments.ReadMembers(r.GetString(11)),
                StorageFormat.Enum<HousingType>(r.GetString(3)),
                Text(2) is { } site ? new SiteId(site) : null,
                StorageFormat.Enum<ContactStatus>(r.GetString(4)),
                new Consent(StorageFormat.Enum<ConsentLevel>(r.GetString(5)), given is null ? null : StorageFormat.Date(given)),
                ReadProgrammes(r.GetString(7)),
                PlanningDocuments.ReadSignals(r.GetString(12)),
                Text(8),
                Text(9),
                Text(10)));
        }

        return result;
    }

    // A flags value is stored as its flag names joined by '|' ("BasicLivelihoodRecipient|NearPoor"), never a number,
    // so each name is checked against the enum on the way back like any other stored enum.
    private static string WriteProgrammes(ProgrammeStatus programmes)
    {
        var flags = Enum.GetValues<ProgrammeStatus>().Where(f => f != ProgrammeStatus.None && programmes.HasFlag(f)).ToList();
        if (flags.Aggregate(ProgrammeStatus.None, (all, f) => all | f) != programmes)
        {
            throw new ArgumentException($"Programme status {(int)programmes} has undefined flags; it cannot be stored.", nameof(programmes));
        }

        return flags.Count == 0 ? StorageFormat.Enum(ProgrammeStatus.None) : string.Join('|', flags.Select(StorageFormat.Enum));
    }

    private static ProgrammeStatus ReadProgrammes(string text) =>
        text.Split('|').Aggregate(ProgrammeStatus.None, (all, name) => all | StorageFormat.Enum<ProgrammeStatus>(name));

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static InvalidOperationException Duplicate(HouseholdId id, Exception? inner = null) =>
        new($"A household with id '{id}' is already stored or repeated in the batch; nothing was added.", inner);
}
