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
            throw new BadInputException($"--db: cannot use '{path}' as the database (SQLite: {ex.Message}).");
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
}
