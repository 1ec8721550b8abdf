using System.Diagnostics;
using System.Globalization;

namespace Dalhaengi.ColdStart;

/// <summary>
/// The one line a child prints for the driver: the tier, the microseconds from the first statement of <c>Main</c> to
/// the result, the process's CPU time (all threads, the JIT's included) in that span, and its CPU time since the
/// process started. The wall time depends on what else runs on the machine; the CPU time much less.
/// </summary>
internal readonly struct ChildReport
{
    private readonly long _main;
    private readonly TimeSpan _cpuAtMain;

    private ChildReport(long main, TimeSpan cpuAtMain)
    {
        _main = main;
        _cpuAtMain = cpuAtMain;
    }

    /// <summary>Call as the first statement of <c>Main</c>.</summary>
    public static ChildReport Start() => new(Stopwatch.GetTimestamp(), Environment.CpuUsage.TotalTime);

    /// <summary>Takes the times at once (a small method, so that compiling it adds little to what it measures).</summary>
    public Stopped Stop() => new(Stopwatch.GetElapsedTime(_main), Environment.CpuUsage.TotalTime, _cpuAtMain);

    /// <summary>The times taken at the result.</summary>
    internal readonly record struct Stopped(TimeSpan Elapsed, TimeSpan CpuTotal, TimeSpan CpuAtMain)
    {
        public string Line(int tier) => string.Create(
            CultureInfo.InvariantCulture,
            $"{tier} {Elapsed.TotalMicroseconds:F0} {(CpuTotal - CpuAtMain).TotalMicroseconds:F0} {CpuTotal.TotalMicroseconds:F0}");
    }
}
