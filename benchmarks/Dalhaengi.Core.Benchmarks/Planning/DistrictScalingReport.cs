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
        output.WriteLine("| Districts (sites) | Median time | Time ÷ districts (µs) |");
        output.WriteLine("|---:|---:|---:|");
        var planner = new RotationPlanner();
        foreach (var n in Districts)
        {
            var request = Request(n, 8);
            planner.Plan(request);
            var times = new List<double>();
            for (var i = 0; i < repeats; i++)
            {
                var watch = Stopwatch.StartNew();
                planner.Plan(request);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            var median = times[times.Count / 2];
            output.WriteLine(string.Create(ic, $"| {n:N0} ({n * 10:N0}) | {median:N2} ms | {median * 1000 / n:N2} |"));
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
