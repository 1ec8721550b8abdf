using Dalhaengi.SampleHost.Storage;

namespace Dalhaengi.SampleHost.Tests.Storage;

public sealed class SqliteDatabaseTests : IDisposable
{
    private static readonly Migration[] Migrations =
    [
        new(1, "notes", "CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL);"),
        new(2, "note tags", "ALTER TABLE note ADD COLUMN tag TEXT;"),
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("dalhaengi-db-").FullName;

    private string DbPath => Path.Combine(_folder, "nested", "test.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Open_AppliesEachMigrationOnceAcrossReopens()
    {
        Assert.Equal(1, SqliteDatabase.Open(DbPath, Migrations[..1]).SchemaVersion);
        var db = SqliteDatabase.Open(DbPath, Migrations);
        var again = SqliteDatabase.Open(DbPath, Migrations);

        Assert.Equal(2, again.SchemaVersion);
        Assert.Equal(2L, Scalar(db, "SELECT COUNT(*) FROM schema_version;"));
        Assert.Equal("ok", db.IntegrityCheck());
        Assert.Equal("wal", Scalar(db, "PRAGMA journal_mode;"));
    }

    [Fact]
    public void Open_WhenDatabaseIsNewerThanTheProgram_RefusesClearly()
    {
        SqliteDatabase.Open(DbPath, Migrations);

        var ex = Assert.Throws<InvalidOperationException>(() => SqliteDatabase.Open(DbPath, Migrations[..1]));
        Assert.Contains("schema version 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InTransaction_WhenWorkThrows_LeavesEarlierRowsAndNoneOfTheFailedOnes()
    {
        var db = SqliteDatabase.Open(DbPath, Migrations);
        db.InTransaction((c, t) => Insert(c, t, "kept"));

        Assert.Throws<InvalidOperationException>(() => db.InTransaction((c, t) =>
        {
            Insert(c, t, "lost 1");
            Insert(c, t, "lost 2");
            throw new InvalidOperationException("fails part-way");
        }));

        Assert.Equal(1L, Scalar(db, "SELECT COUNT(*) FROM note;"));
        Assert.Equal("kept", Scalar(db, "SELECT text FROM note;"));
    }

    private static void Insert(Microsoft.Data.Sqlite.SqliteConnection c, Microsoft.Data.Sqlite.SqliteTransaction t, string text)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = t;
        cmd.CommandText = "INSERT INTO note (text) VALUES ($t);";
        cmd.Parameters.AddWithValue("$t", text);
        cmd.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteDatabase db, string sql)
    {
        using var c = db.Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }
}
