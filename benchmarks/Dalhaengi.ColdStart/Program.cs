using System.Diagnostics;
using Dalhaengi.ColdStart;

// The first statement: Main → result is timed from here.
var main = Stopwatch.GetTimestamp();
var cpuAtMain = Environment.CpuUsage.TotalTime;
if (args.Length >= 2 && args[0] == "--measure")
{
    return Driver.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args.Length > 2 ? args[2] : Path.GetTempPath(), Console.Out);
}

// A child: one contender's first result, then the microseconds since the first statement of Main, and the
// process's CPU time (all threads, the JIT's included) in that span: the wall time depends on what else runs.
var tier = Child.Run(args);
var elapsed = Stopwatch.GetElapsedTime(main);
var cpuTotal = Environment.CpuUsage.TotalTime;
var cpu = cpuTotal - cpuAtMain;
Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{tier} {elapsed.TotalMicroseconds:F0} {cpu.TotalMicroseconds:F0} {cpuTotal.TotalMicroseconds:F0}"));
return 0;
