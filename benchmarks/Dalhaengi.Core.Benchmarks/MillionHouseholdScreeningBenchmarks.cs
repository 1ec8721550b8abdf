using BenchmarkDotNet.Attributes;
using Dalhaengi.Core.Benchmarks.Screening;

namespace Dalhaengi.Core.Benchmarks;

/// <summary>
/// Screening 1,000,000 synthetic households (a large city and then some) with the default rule set: the compiled
/// evaluator's batch and one-at-a-time APIs against the reference interpreter (the baseline, the naive reading).
/// </summary>
/// <remarks>
/// RulesEngine and NRules are timed on the 60,000-household county (<see cref="ScreeningBenchmarks"/>): they handle
/// each household independently, so their cost per household does not depend on the population, and a timed
/// million would take minutes per iteration on the shared machine. Their tiers on the million are checked once by
/// <c>--verify 1000000</c>. Each setup checks its contender against the compiled batch evaluator.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(TrendRatioConfig))]
public class MillionHouseholdScreeningBenchmarks
{
    public const int Households = 1_000_000;

    private ScreeningContender _contender = null!;

    [GlobalSetup(Target = nameof(CompiledBatch))]
    public void SetupCompiledBatch() => _contender = ScreeningBenchmarks.Verified(p => new CompiledBatchContender(p), Households);

    [GlobalSetup(Target = nameof(CompiledOneAtATime))]
    public void SetupCompiledOneAtATime() => _contender = ScreeningBenchmarks.Verified(p => new CompiledOneAtATimeContender(p), Households);

    [GlobalSetup(Target = nameof(ReferenceInterpreter))]
    public void SetupReference() => _contender = ScreeningBenchmarks.Verified(p => new ReferenceContender(p), Households);

    [Benchmark(Baseline = true, OperationsPerInvoke = Households)]
    public void ReferenceInterpreter() => _contender.Screen();

    [Benchmark(OperationsPerInvoke = Households)]
    public void CompiledOneAtATime() => _contender.Screen();

    [Benchmark(OperationsPerInvoke = Households)]
    public void CompiledBatch() => _contender.Screen();
}
