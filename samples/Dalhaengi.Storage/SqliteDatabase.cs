using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Dalhaengi.SampleHost.Storage;

/// <summary>
/// The host's durable store: one SQLite file in WAL mode with a schema-version table and forward-only
/// migrations. Every multi-row change goes through <see cref="InTransaction{T}"/>, so a failure part-way
/// (or a killed process) leaves the database as it was before the change.
/// </summary>
internal sealed class SqliteDatabase
{
    private readonly string _connectionString;

    private SqliteDatabase(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>The schema version after <see cref="Open"/> applied every migration.</summary>
    public int SchemaVersion { get; private set; }

    /// <summary>Opens (creating when missing) the database at <paramref name="path"/> and applies pending migrations.</summary>
    public static SqliteDatabase Open(string path, IReadOnlyList<Migration> migrations)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var db = new SqliteDatabase(path);
        db.Migrate(migrations);
        return db;
    }

    /// <summary>Opens a connection with the pragmas every connection needs.</summary>
    public SqliteConnection Connect()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        // WAL lets readers proceed while a writer commits; synchronous=NORMAL is durable under WAL
        // against process crashes (only an OS crash can lose the last commit, never corrupt).
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    /// <summary>Runs <paramref name="work"/> in one transaction: committed when it returns, rolled back when it throws.</summary>
    public T InTransaction<T>(Func<SqliteConnection, SqliteTransaction, T> work)
    {
        using var connection = Connect();
        using var transaction = connection.BeginTransaction(deferred: false);
        var result = work(connection, transaction);
        transaction.Commit();
        return result;
    }

    /// <summary>Runs <paramref name="work"/> in one transaction: committed when it returns, rolled back when it throws.</summary>
    public void InTransaction(Action<SqliteConnection, SqliteTransaction> work) =>
        InTransaction<int>((c, t) =>
        {
            work(c, t);
            return 0;
        });

    /// <summary>
    /// Runs <paramref name="work"/> in one read transaction, so every statement in it sees the same committed
    /// snapshot. Deferred: under WAL it takes no lock that would block a writer, and no writer blocks it.
    /// </summary>
    public T Read<T>(Func<SqliteConnection, SqliteTransaction, T> work)
    {
        using var connection = Connect();
        using var transaction = connection.BeginTransaction(deferred: true);
        return work(connection, transaction);
    }

    /// <summary>Runs SQLite's own consistency check and returns its verdict (<c>ok</c> when sound).</summary>
    public string IntegrityCheck()
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? string.Empty;
    }

    private void Migrate(IReadOnlyList<Migration> migrations)
    {
        InTransaction((c, t) =>
        {
            Execute(c, t, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL);");
            using var current = c.CreateCommand();
            current.Transaction = t;
            current.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
            var version = Convert.ToInt32(current.ExecuteScalar(), CultureInfo.InvariantCulture);
            var known = migrations.Count == 0 ? 0 : migrations.Max(m => m.Version);
            if (version > known)
            {
                throw new InvalidOperationException($"The database {Path} has schema version {version}, newer than this program knows ({known}); use a newer program.");
            }

            foreach (var migration in migrations.Where(m => m.Version > version).OrderBy(m => m.Version))
            {
                Execute(c, t, migration.Sql);
                using var record = c.CreateCommand();
                record.Transaction = t;
                record.CommandText = "INSERT INTO schema_version (version, description, applied_at) VALUES ($v, $d, strftime('%Y-%m-%dT%H:%M:%fZ','now'));";
                record.Parameters.AddWithValue("$v", migration.Version);
                record.Parameters.AddWithValue("$d", migration.Description);
                record.ExecuteNonQuery();
                version = migration.Version;
            }

            SchemaVersion = version;
        });
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
