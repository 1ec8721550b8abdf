using System.Diagnostics;
using System.Globalization;
using Dalhaengi.Core.Rotation;
using NodaTime;

namespace Dalhaengi.Core.Benchmarks.Planning;

/// <summary>
/// <c>--scaling</c>: the planner's time on synthetic provinces of 500 to 5,000 districts (10 sites each, partners
/// serving listed districts by borough), 8 weeks of three sessions on Mon/Wed/Fri, as the median of repeated runs.
/// A quick check a person runs; <see cref="RotationDistrictScalingBenchmarks"/> measures the same with BenchmarkDotNet.
/// </summary>
internal static class DistrictScalingReport
{
    public static readonly int[] Districts = [500, 1_000, 2_000, 5_000];

    public static int Run(TextWriter output, int repeats = 15)
    {
        var ic = CultureInfo.InvariantCulture;
        output.WriteLine("| Districts (sites) | Median time | Time ÷ districts (µs) | Median process CPU time | CPU ÷ districts (µs) |");
        output.WriteLine("|---:|---:|---:|---:|---:|");
        var planner = new RotationPlanner();
        var requests = Districts.Select(n => Request(n, 8)).ToList();

        // Every size a few times first, so tiered compilation has settled before anything is timed.
        for (var warm = 0; warm < 3; warm++)
        {
            requests.ForEach(r => planner.Plan(r));
        }

        var process = Process.GetCurrentProcess();
        for (var k = 0; k < Districts.Length; k++)
        {
            var n = Districts[k];
            var times = new List<double>();
            var cpu = new List<double>();
            for (var i = 0; i < repeats; i++)
            {
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                planner.Plan(requests[k]);
                var elapsed = watch.Elapsed.TotalMilliseconds;
                process.Refresh();
                times.Add(elapsed);
                cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            }

            times.Sort();
            cpu.Sort();
            var median = times[times.Count / 2];
            var cpuMedian = cpu[cpu.Count / 2];
            output.WriteLine(string.Create(ic, $"| {n:N0} ({n * 10:N0}) | {median:N2} ms | {median * 1000 / n:N2} | {cpuMedian:N2} ms | {cpuMedian * 1000 / n:N2} |"));
        }

        return 0;
    }

    /// <summary>The synthetic province with <paramref name="districts"/> districts over <paramref name="weeks"/> weeks.</summary>
    public static RotationRequest Request(int districts, int weeks)
    {
        var (province, roster) = SyntheticProvince.Build(districts, districts * 10);
        var start = new LocalDate(2025, 3, 3);
        var season = new Season(new DateInterval(start, start.PlusWeeks(weeks).PlusDays(-1)), [IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Friday], new RotationPlannerBenchmarks.SundaysCalendar(), sessionsPerDay: 3);
        return new RotationRequest(province, season, roster);
    }
}
