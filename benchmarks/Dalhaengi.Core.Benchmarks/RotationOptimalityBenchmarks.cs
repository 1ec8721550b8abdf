using BenchmarkDotNet.Attributes;
using Dalhaengi.Core.Benchmarks.Planning;
using Dalhaengi.Core.Rotation;

namespace Dalhaengi.Core.Benchmarks;

/// <summary>
/// Time to plan small instances: our planner against solving them to proven optimality with Google OR-Tools CP-SAT
/// (one worker; the alternative a planner would pick, so the baseline) and the round-robin floor. The objectives
/// are compared by <c>--quality</c>; here only time.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(TrendRatioConfig))]
public class RotationOptimalityBenchmarks
{
    private readonly RotationPlanner _planner = new();
    private QualityInstance _instance = null!;
    private PlanningProblem _problem = null!;

    [Params("tight-required-only", "yangpyeong-season", "hwaseong-quarter")]
    public string Instance { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _instance = QualityInstances.All.Single(i => i.Name == Instance);
        _problem = new PlanningProblem(_instance.Request, _planner.Plan(_instance.Request).Quality);
    }

    [Benchmark(Baseline = true)]
    public double CpSatOptimum() => CpSatRotationModel.Solve(_problem, timeLimitSeconds: 120).FairCoverage;

    [Benchmark]
    public RotationPlan Planner() => _planner.Plan(_instance.Request);

    [Benchmark]
    public int[] RoundRobin() => RoundRobinPlanner.Plan(_problem);
}
