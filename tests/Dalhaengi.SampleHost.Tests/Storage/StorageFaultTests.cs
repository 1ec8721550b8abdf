using System.Diagnostics;
using System.Globalization;
using Dalhaengi.SampleHost.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Dalhaengi.SampleHost.Tests.Storage;

/// <summary>
/// The store under faults and concurrency: abnormal files are refused with exit 1, what is wrong and what to do,
/// before anything is changed; concurrent writers each keep what they were asked to save.
/// </summary>
public sealed class StorageFaultTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dalhaengi-faults-").FullName;

    public void Dispose()
    {
        foreach (var file in Directory.EnumerateFiles(_folder))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private string DbPath => Path.Combine(_folder, "dalhaengi.db");

    private HostRunner.Result Run(params string[] args) =>
        HostRunner.Run(
            s =>
            {
                s.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2025, 1, 10, 1, 0)));
                s.AddSingleton(new StorageLocation(DbPath));
            },
            args);

    private static void AssertRefused(HostRunner.Result result, string expected)
    {
        Assert.True(result.ExitCode == 1, $"exit {result.ExitCode}: {result.Error}");
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadOnlyDatabase_IsRefusedWithWhatToDo()
    {
        Assert.Equal(0, Run("report", "--season", "2024").ExitCode);
        SqliteConnection.ClearAllPools();
        File.SetAttributes(DbPath, FileAttributes.ReadOnly);

        AssertRefused(Run("refer", "--household", "hh-new", "--district", "양평읍", "--partner", "yp-mental-health-centre", "--signal", "screening.phq9.total=18"), "read-only");
    }

    [Fact]
    public void ForeignSqliteFile_IsRefusedAndLeftUnchanged()
    {
        using (var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER); INSERT INTO invoices VALUES (1, 100);";
            command.ExecuteNonQuery();
        }

        var before = File.ReadAllBytes(DbPath);

        AssertRefused(Run("report", "--season", "2024"), "another program");
        Assert.Equal(before, File.ReadAllBytes(DbPath));
        Assert.False(File.Exists(DbPath + "-wal"), "the foreign file was switched to WAL");
    }

    [Fact]
    public void CorruptedPage_IsRefusedWithWhatToDo()
    {
        Assert.Equal(0, Run("report", "--season", "2024").ExitCode);
        SqliteConnection.ClearAllPools();
        CheckpointAndClose();
        var bytes = File.ReadAllBytes(DbPath);
        // Overwrite every page but the first (the header) with noise: the schema survives, the b-trees do not.
        new Random(14).NextBytes(bytes.AsSpan(4096));
        File.WriteAllBytes(DbPath, bytes);

        var result = Run("report", "--season", "2024");

        AssertRefused(result, "damaged");
    }

    [Fact]
    public void TamperedRow_IsReportedAsDamagedInsteadOfCrashing()
    {
        Assert.Equal(0, Run("report", "--season", "2024").ExitCode);
        using (var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // A tamperer is not stopped by the append-only triggers: drop them, as sqlite3 would let anyone do.
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'trigger';";
            var triggers = new List<string>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    triggers.Add(reader.GetString(0));
                }
            }

            foreach (var trigger in triggers)
            {
                command.CommandText = $"DROP TRIGGER \"{trigger}\";";
                command.ExecuteNonQuery();
            }

            command.CommandText = "UPDATE session_record_revisions SET details = '{\"broken' WHERE rowid = (SELECT MIN(rowid) FROM session_record_revisions);";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        AssertRefused(Run("report", "--season", "2024"), "damaged");
    }

    [Fact]
    public async Task StoredFiguresBeyondAnIntSum_StillGiveAReport()
    {
        Assert.Equal(0, Run("report", "--season", "2024").ExitCode); // seed once
        var repository = new SqliteSessionRecordRepository(SqliteDatabase.Open(DbPath, OutreachSchema.Migrations));
        foreach (var (id, day) in new[] { ("rec-huge-1", 8), ("rec-huge-2", 15) })
        {
            var details = StorageTestData.FullDetails(new LocalDate(2024, 5, day)) with { ResidentsServed = int.MaxValue };
            await repository.AddAsync(Dalhaengi.Core.Outreach.SessionRecord.Record(new(id), details, "staff", StorageTestData.Clock()));
        }

        var result = Run("report", "--season", "2024");

        // The season's sums are checked long: two rows of int.MaxValue no longer overflow, so report works.
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConcurrentRefersInOneProcess_EachKeepTheirReferral()
    {
        Assert.Equal(0, Run("report", "--season", "2024").ExitCode); // seed once
        var households = Enumerable.Range(1, 6).Select(i => string.Create(CultureInfo.InvariantCulture, $"hh-race-{i}")).ToList();

        var results = await Task.WhenAll(households.Select(h => Task.Run(() =>
            Run("refer", "--household", h, "--district", "양평읍", "--partner", "yp-mental-health-centre", "--signal", "screening.phq9.total=18", "--consent", "written"))));

        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.Error));
        var ids = results.Select(r => r.Out.Split(',')[0]).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var overdue = Run("overdue", "--as-of", "2026-12-31");
        Assert.All(households, h => Assert.Contains(h, overdue.Out, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoProcessesRecordingSessionsOnOneDay_LoseNothing()
    {
        Assert.Equal(0, Run("report", "--season", "2024").ExitCode); // seed once
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));

        var exits = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            var codes = new List<int>();
            for (var i = 0; i < 3; i++)
            {
                codes.Add(await RunChildAsync(timeout.Token, "record-session", "--db", DbPath, "--date", "2025-03-05", "--site", "yp-yangpyeong-25", "--residents", "10"));
            }

            return codes;
        }));

        Assert.All(exits.SelectMany(c => c), c => Assert.Equal(0, c));
        var database = SqliteDatabase.Open(DbPath, OutreachSchema.Migrations);
        var stored = (await new SqliteSessionRecordRepository(database).ListAsync()).Count(r => r.Id.Value.StartsWith("rec-2025-03-05", StringComparison.Ordinal));
        Assert.Equal(6, stored);
    }

    private void CheckpointAndClose()
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;";
        command.ExecuteNonQuery();
    }

    private static async Task<int> RunChildAsync(CancellationToken cancellationToken, params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dalhaengi.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the host");
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        _ = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode == 0 ? 0 : throw new InvalidOperationException($"exit {process.ExitCode}: {await error}");
    }

    private static string DotnetHost() =>
        Environment.ProcessPath is { } current && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase)
            ? current
            : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
}
