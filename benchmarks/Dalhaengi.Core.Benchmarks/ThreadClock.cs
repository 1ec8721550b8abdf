using System.Globalization;

namespace Dalhaengi.Core.Benchmarks;

/// <summary>
/// The CPU time of the calling thread in nanoseconds, from Linux's <c>/proc/thread-self/schedstat</c> (its first
/// field: time spent running); elsewhere the process's CPU time (which also counts the JIT's and the GC's threads).
/// </summary>
internal static class ThreadClock
{
    private const string Path = "/proc/thread-self/schedstat";

    public static bool Precise { get; } = File.Exists(Path);

    public static long Nanoseconds()
    {
        if (!Precise)
        {
            return (long)Environment.CpuUsage.TotalTime.TotalNanoseconds;
        }

        var text = File.ReadAllText(Path);
        return long.Parse(text.AsSpan(0, text.IndexOf(' ', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
    }
}
