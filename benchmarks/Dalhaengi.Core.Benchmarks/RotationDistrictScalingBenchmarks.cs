using BenchmarkDotNet.Attributes;
using Dalhaengi.Core.Benchmarks.Planning;
using Dalhaengi.Core.Rotation;

namespace Dalhaengi.Core.Benchmarks;

/// <summary>
/// The planner's cost as districts grow from 500 to 5,000 at a fixed 8 weeks (three sessions on Mon/Wed/Fri, 10 sites
/// per district, partners serving the listed districts of their borough). The cost should grow linearly in districts.
/// </summary>
[MemoryDiagnoser]
public class RotationDistrictScalingBenchmarks
{
    private readonly RotationPlanner _planner = new();
    private RotationRequest _request = null!;

    /// <summary>Districts in the synthetic province.</summary>
    [Params(500, 1_000, 2_000, 5_000)]
    public int Districts { get; set; }

    [GlobalSetup]
    public void Setup() => _request = DistrictScalingReport.Request(Districts, 8);

    [Benchmark]
    public RotationPlan Plan() => _planner.Plan(_request);
}
