using BenchmarkDotNet.Attributes;
using Dalhaengi.Core.Rotation;
using NodaTime;

namespace Dalhaengi.Core.Benchmarks;

/// <summary>
/// The planner's cost as weeks × sites doubles four times, on synthetic provinces with three sessions on Monday,
/// Wednesday and Friday: (8 weeks, 50 districts, 500 sites), then weeks, then sites, doubled in turn, up to
/// (32 weeks, 200 districts, 2,000 sites). The cost should grow at most linearly in the product.
/// </summary>
[MemoryDiagnoser]
public class RotationScalingBenchmarks
{
    private readonly RotationPlanner _planner = new();
    private RotationRequest _request = null!;

    /// <summary>weeks × sites relative to the smallest: 1, 2, 4, 8, 16.</summary>
    [Params(1, 2, 4, 8, 16)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (weeks, districts) = Scale switch
        {
            1 => (8, 50),
            2 => (16, 50),
            4 => (16, 100),
            8 => (32, 100),
            _ => (32, 200),
        };
        var (province, roster) = SyntheticProvince.Build(districts, districts * 10);
        var start = new LocalDate(2025, 3, 3);
        var season = new Season(new DateInterval(start, start.PlusWeeks(weeks).PlusDays(-1)), [IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Friday], new RotationPlannerBenchmarks.SundaysCalendar(), sessionsPerDay: 3);
        _request = new RotationRequest(province, season, roster);
    }

    [Benchmark]
    public RotationPlan Plan() => _planner.Plan(_request);
}
