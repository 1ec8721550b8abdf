using BenchmarkDotNet.Attributes;
using Dalhaengi.Core.Benchmarks.Screening;

namespace Dalhaengi.Core.Benchmarks;

/// <summary>
/// Screening one county (60,000 synthetic households, the default national rule set) five ways, each computing the
/// same scores and tiers: this library's compiled evaluator (batch, and one household at a time), the reference
/// interpreter, Microsoft RulesEngine and NRules with the same rules translated from the rule-set model.
/// </summary>
/// <remarks>
/// RulesEngine is the baseline: it is what a .NET developer would most likely pick. Every benchmark's setup screens
/// the population with its contender and with the compiled batch evaluator and throws if any household's score or
/// tier differs, so a run with a broken translation fails rather than reporting a time. Times are per household
/// (<c>OperationsPerInvoke</c> is the population).
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(TrendRatioConfig))]
public class ScreeningBenchmarks
{
    public const int Households = 60_000;

    private ScreeningContender _contender = null!;

    [GlobalSetup(Target = nameof(CompiledBatch))]
    public void SetupCompiledBatch() => _contender = Verified(p => new CompiledBatchContender(p));

    [GlobalSetup(Target = nameof(CompiledBatchScalar))]
    public void SetupCompiledBatchScalar() => _contender = Verified(p => new CompiledBatchScalarContender(p));

    [GlobalSetup(Target = nameof(CompiledOneAtATime))]
    public void SetupCompiledOneAtATime() => _contender = Verified(p => new CompiledOneAtATimeContender(p));

    [GlobalSetup(Target = nameof(ReferenceInterpreter))]
    public void SetupReference() => _contender = Verified(p => new ReferenceContender(p));

    [GlobalSetup(Target = nameof(MicrosoftRulesEngine))]
    public void SetupRulesEngine() => _contender = Verified(p => new RulesEngineContender(p));

    [GlobalSetup(Target = nameof(NRules))]
    public void SetupNRules() => _contender = Verified(p => new NRulesContender(p));

    [Benchmark(Baseline = true, OperationsPerInvoke = Households)]
    public void MicrosoftRulesEngine() => _contender.Screen();

    [Benchmark(OperationsPerInvoke = Households)]
    public void NRules() => _contender.Screen();

    [Benchmark(OperationsPerInvoke = Households)]
    public void ReferenceInterpreter() => _contender.Screen();

    [Benchmark(OperationsPerInvoke = Households)]
    public void CompiledOneAtATime() => _contender.Screen();

    /// <summary>The batch evaluator with every rule on the scalar path (no vector kernel), to show what the kernel changes.</summary>
    [Benchmark(OperationsPerInvoke = Households)]
    public void CompiledBatchScalar() => _contender.Screen();

    [Benchmark(OperationsPerInvoke = Households)]
    public void CompiledBatch() => _contender.Screen();

    internal static ScreeningContender Verified(Func<ScreeningPopulation, ScreeningContender> create, int households = Households, bool dense = false)
    {
        var population = dense ? ScreeningPopulation.CreateDense(households) : ScreeningPopulation.Create(households);
        var contender = create(population);
        TierEquivalence.Verify(population, [new CompiledBatchContender(population), contender]);
        return contender;
    }
}
