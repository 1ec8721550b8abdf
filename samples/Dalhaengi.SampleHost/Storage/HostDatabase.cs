using Dalhaengi.Core.Geography;
using Dalhaengi.SampleHost.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Dalhaengi.SampleHost.Storage;

/// <summary>
/// The host's database, opened on first use (so commands that never touch it never create it): migrated to the
/// current schema and seeded with the sample season once. A path that cannot hold a database is a user mistake,
/// reported with exit code 1 and the path in the message.
/// </summary>
internal sealed class HostDatabase
{
    private readonly Lazy<SqliteDatabase> _database;

    public HostDatabase(StorageLocation location, DatabaseOption option, Municipality municipality) =>
        _database = new(() => Open(option.Path ?? location.DefaultPath, municipality), LazyThreadSafetyMode.ExecutionAndPublication);

    public SqliteDatabase Database => _database.Value;

    public static SqliteDatabase Open(string path, Municipality municipality)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new BadInputException("--db: give the path of a database file, for example ./dalhaengi-data/dalhaengi.db.");
        }

        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new BadInputException($"--db: '{path}' is not a usable file path ({ex.Message}).");
        }

        if (Directory.Exists(full))
        {
            throw new BadInputException($"--db: '{path}' is a directory; give the path of a database file inside it, for example {Path.Combine(path, "dalhaengi.db")}.");
        }

        // Checked before anything writes to the file: opening it for use switches it to WAL and migrates it.
        Preflight(path, full);
        try
        {
            var database = SqliteDatabase.Open(full, OutreachSchema.Migrations);
            SampleSeasonSeed.EnsureSeeded(database, municipality);
            return database;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 26)
        {
            throw new BadInputException($"--db: '{path}' is not a SQLite database (SQLite: {ex.Message}); give a new file name or a database made by this program.");
        }
        catch (SqliteException ex)
        {
            throw new BadInputException($"--db: cannot use '{path}' as the database: {StorageErrors.Describe(ex)}.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"--db: cannot create the database '{path}': {ex.Message}");
        }
        catch (InvalidOperationException ex) when (ex.Message.Contains("schema version", StringComparison.Ordinal))
        {
            throw new BadInputException($"--db: {ex.Message}");
        }
    }

    /// <summary>
    /// Refuses, without modifying it, a file this program must not write to: read-only, not SQLite, damaged, or a
    /// SQLite database of another program (one with tables but no <c>schema_version</c>).
    /// </summary>
    private static void Preflight(string path, string full)
    {
        var file = new FileInfo(full);
        if (!file.Exists || file.Length == 0)
        {
            return; // a new database
        }

        if (file.IsReadOnly)
        {
            throw new BadInputException($"--db: '{path}' is read-only; make it writable (chmod u+w), or give --db a writable copy.");
        }

        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*), COALESCE(SUM(name = 'schema_version'), 0) FROM sqlite_master WHERE type = 'table'; ";
            using var reader = command.ExecuteReader();
            reader.Read();
            var (tables, ours) = (reader.GetInt64(0), reader.GetInt64(1));
            if (tables > 0 && ours == 0)
            {
                throw new BadInputException($"--db: '{path}' is a SQLite database of another program (it has {tables} tables and no schema_version); it was not changed. Give --db a new file name or a database made by this program.");
            }
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 26)
        {
            throw new BadInputException($"--db: '{path}' is not a SQLite database (SQLite: {ex.Message}); it was not changed. Give a new file name or a database made by this program.");
        }
        catch (SqliteException ex)
        {
            throw new BadInputException($"--db: '{path}': {StorageErrors.Describe(ex)}; it was not changed.");
        }
    }
}
