using BenchmarkDotNet.Attributes;
using Dalhaengi.Core.Benchmarks.Screening;
using Dalhaengi.Core.Risk;

namespace Dalhaengi.Core.Benchmarks;

/// <summary>
/// The dense workload (<see cref="DenseWorkload"/>: 45 indicators, 25 flags and 20 counts, on every household; 48
/// rules and 3 red flags) screened the same five ways as <see cref="ScreeningBenchmarks"/>, each setup checking its
/// contender against the compiled batch evaluator.
/// </summary>
/// <remarks>
/// This library's contenders screen 60,000 households, like the sparse county, so the batch (about 40 MB of signals)
/// does not fit in cache. RulesEngine and NRules screen 5,000: on this workload they take 60–440 µs per household,
/// a timed 60,000 would take minutes per iteration, and their cost per household does not depend on the population
/// (they screen each household on its own). Times are per household.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(TrendRatioConfig))]
public class DenseScreeningBenchmarks
{
    public const int Households = 60_000;

    public const int EngineHouseholds = 5_000;

    private ScreeningContender _contender = null!;

    [GlobalSetup(Target = nameof(CompiledBatch))]
    public void SetupCompiledBatch() => _contender = ScreeningBenchmarks.Verified(p => new CompiledBatchContender(p), Households, dense: true);

    [GlobalSetup(Target = nameof(CompiledBatchScalar))]
    public void SetupCompiledBatchScalar() => _contender = ScreeningBenchmarks.Verified(p => new CompiledBatchScalarContender(p), Households, dense: true);

    [GlobalSetup(Target = nameof(CompiledBatchNoColumns))]
    public void SetupCompiledBatchNoColumns() => _contender = ScreeningBenchmarks.Verified(p => new CompiledBatchWidthContender(p, ColumnWidth.Off), Households, dense: true);

    [GlobalSetup(Target = nameof(CompiledBatchColumns256))]
    public void SetupCompiledBatchColumns256() => _contender = ScreeningBenchmarks.Verified(p => new CompiledBatchWidthContender(p, ColumnWidth.Vector256), Households, dense: true);

    [GlobalSetup(Target = nameof(CompiledOneAtATime))]
    public void SetupCompiledOneAtATime() => _contender = ScreeningBenchmarks.Verified(p => new CompiledOneAtATimeContender(p), Households, dense: true);

    [GlobalSetup(Target = nameof(ReferenceInterpreter))]
    public void SetupReference() => _contender = ScreeningBenchmarks.Verified(p => new ReferenceContender(p), Households, dense: true);

    [GlobalSetup(Target = nameof(MicrosoftRulesEngine))]
    public void SetupRulesEngine() => _contender = ScreeningBenchmarks.Verified(p => new RulesEngineContender(p), EngineHouseholds, dense: true);

    [GlobalSetup(Target = nameof(NRules))]
    public void SetupNRules() => _contender = ScreeningBenchmarks.Verified(p => new NRulesContender(p), EngineHouseholds, dense: true);

    [Benchmark(Baseline = true, OperationsPerInvoke = EngineHouseholds)]
    public void MicrosoftRulesEngine() => _contender.Screen();

    [Benchmark(OperationsPerInvoke = EngineHouseholds)]
    public void NRules() => _contender.Screen();

    [Benchmark(OperationsPerInvoke = Households)]
    public void ReferenceInterpreter() => _contender.Screen();

    [Benchmark(OperationsPerInvoke = Households)]
    public void CompiledOneAtATime() => _contender.Screen();

    /// <summary>The batch evaluator without the column screen (per household, AVX-512 threshold kernel): the previous release.</summary>
    [Benchmark(OperationsPerInvoke = Households)]
    public void CompiledBatchNoColumns() => _contender.Screen();

    /// <summary>The column screen forced to 8 lanes, what a machine without AVX-512 runs.</summary>
    [Benchmark(OperationsPerInvoke = Households)]
    public void CompiledBatchColumns256() => _contender.Screen();

    /// <summary>The batch evaluator with every rule on the scalar path (no vector kernel, no columns), to show what both change.</summary>
    [Benchmark(OperationsPerInvoke = Households)]
    public void CompiledBatchScalar() => _contender.Screen();

    [Benchmark(OperationsPerInvoke = Households)]
    public void CompiledBatch() => _contender.Screen();
}
