using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dalhaengi.SampleHost.Storage;

namespace Dalhaengi.SampleHost.Tests.Storage;

/// <summary>
/// The crash test: a child process writes batches (one transaction each) and reports each commit on stdout; the test
/// kills it mid-write, reopens the file and checks that SQLite finds it sound, that every batch reported as committed
/// is there whole, and that no batch is there in part.
/// </summary>
public sealed class StorageStressCommandTests : IDisposable
{
    private const int BatchSize = 25;
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task KilledMidWrite_ReopensSound_WithEveryReportedBatchWholeAndNoPartialBatch()
    {
        // Generous: on a busy 2-core machine starting the child alone can take many seconds. Nothing here is timed;
        // the test waits for progress lines, and the limit only stops a hung test.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var errors = new StringBuilder();
        using var child = StartStress(errors);
        var reported = 0;
        try
        {
            while (reported < 12)
            {
                var line = await child.StandardOutput.ReadLineAsync(timeout.Token)
                    ?? throw new InvalidOperationException($"storage-stress ended before reporting progress: {errors}");
                reported = Math.Max(reported, Committed(line));
            }
        }
        finally
        {
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync(timeout.Token);
        }

        // Lines the child wrote before it died are still in the pipe: those batches were committed too.
        while (await child.StandardOutput.ReadLineAsync(timeout.Token) is { } rest)
        {
            reported = Math.Max(reported, Committed(rest));
        }

        var reopened = _db.Reopen();
        Assert.Equal("ok", reopened.IntegrityCheck());
        var records = await new SqliteSessionRecordRepository(reopened).ListAsync();
        var batches = records.GroupBy(r => int.Parse(r.Id.Value.AsSpan(7, 6), CultureInfo.InvariantCulture)).ToDictionary(g => g.Key, g => g.Count());

        Assert.All(batches, b => Assert.Equal(BatchSize, b.Value));                // no partial batch
        Assert.Equal(Enumerable.Range(1, batches.Count), batches.Keys.Order());    // batches commit in order
        Assert.True(batches.Count >= reported, $"{reported} batches reported committed, {batches.Count} stored");
        Assert.All(records, r => Assert.Equal(2, r.Version));                      // each record with its whole trail
        Assert.Equal(records.Count * 2L, _db.Count("session_record_revisions"));
    }

    private static int Committed(string line) =>
        line.StartsWith("committed ", StringComparison.Ordinal) ? int.Parse(line.AsSpan(10), CultureInfo.InvariantCulture) : 0;

    private Process StartStress(StringBuilder errors)
    {
        var host = Path.Combine(AppContext.BaseDirectory, "dalhaengi.dll");
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { host, "storage-stress", "--db", _db.DbPath, "--count", "1000000", "--batch", BatchSize.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the host");
        process.ErrorDataReceived += (_, e) =>
        {
            lock (errors)
            {
                errors.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
        return process;
    }

    private static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return current;
        }

        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
    }
}
