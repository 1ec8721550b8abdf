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

    public string Finish(int tier)
    {
        var elapsed = Stopwatch.GetElapsedTime(_main);
        var cpuTotal = Environment.CpuUsage.TotalTime;
        var cpu = cpuTotal - _cpuAtMain;
        return string.Create(CultureInfo.InvariantCulture, $"{tier} {elapsed.TotalMicroseconds:F0} {cpu.TotalMicroseconds:F0} {cpuTotal.TotalMicroseconds:F0}");
    }
}
