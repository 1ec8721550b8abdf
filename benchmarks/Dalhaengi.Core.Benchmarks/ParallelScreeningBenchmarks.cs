using BenchmarkDotNet.Attributes;
using Dalhaengi.Core.Benchmarks.Screening;
using Dalhaengi.Core.Risk;

namespace Dalhaengi.Core.Benchmarks;

/// <summary>
/// Screening 250,000 households on one core (<see cref="RiskEvaluator.Evaluate(HouseholdBatch, Span{RiskScore})"/>, the
/// baseline) and on up to two (<see cref="RiskEvaluator.EvaluateParallel"/>), sparse county and dense workload. The
/// machine these figures come from has two cores, shared with other work.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(TrendRatioConfig))]
public class ParallelScreeningBenchmarks
{
    public const int Households = 250_000;

    private ScreeningPopulation _population = null!;
    private RiskScore[] _results = [];

    [Params("sparse", "dense")]
    public string Workload { get; set; } = "sparse";

    [GlobalSetup]
    public void Setup()
    {
        _population = Workload == "dense" ? ScreeningPopulation.CreateDense(Households) : ScreeningPopulation.Create(Households);
        _results = new RiskScore[Households];
        var expected = new RiskScore[Households];
        _population.Evaluator.Evaluate(_population.Batch, expected);
        TwoCores();
        if (!expected.AsSpan().SequenceEqual(_results))
        {
            throw new InvalidOperationException("The parallel screening differs from the single-threaded one.");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Households)]
    public RiskScore[] OneCore()
    {
        _population.Evaluator.Evaluate(_population.Batch, _results);
        return _results;
    }

    [Benchmark(OperationsPerInvoke = Households)]
    public RiskScore[] TwoCores()
    {
        _population.Evaluator.EvaluateParallel(_population.Batch, _results, maxDegreeOfParallelism: 2);
        return _results;
    }
}
