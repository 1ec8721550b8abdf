using Dalhaengi.SampleHost.Storage;

namespace Dalhaengi.SampleHost.Tests.Storage;

/// <summary>A real SQLite file with the host schema in a fresh temp folder, deleted afterwards.</summary>
internal sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = Directory.CreateTempSubdirectory("dalhaengi-store-").FullName;
        Database = SqliteDatabase.Open(DbPath, OutreachSchema.Migrations);
    }

    public string Folder { get; }

    public string DbPath => Path.Combine(Folder, "dalhaengi.db");

    public SqliteDatabase Database { get; }

    /// <summary>Opens the same file again, as the next run of the program would.</summary>
    public SqliteDatabase Reopen() => SqliteDatabase.Open(DbPath, OutreachSchema.Migrations);

    public long Count(string table)
    {
        using var c = Database.Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT COUNT(*) FROM {table};";
        return (long)cmd.ExecuteScalar()!;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
