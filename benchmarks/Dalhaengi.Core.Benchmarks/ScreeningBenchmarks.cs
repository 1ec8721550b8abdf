using BenchmarkDotNet.Attributes;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Risk;
using NodaTime;

namespace Dalhaengi.Core.Benchmarks;

/// <summary>
/// Screening the synthetic Yangpyeong population with the default rule set: the compiled evaluator (batch and one
/// household at a time) against the reference interpreter, the naive reading of the rules. The same tiers are
/// checked in setup. Issue 9 adds RulesEngine and NRules beside these.
/// </summary>
[MemoryDiagnoser]
public class ScreeningBenchmarks
{
    private static readonly LocalDate AsOf = new(2025, 1, 31);

    private RiskEvaluator _evaluator = null!;
    private HouseholdBatch _batch = null!;
    private HouseholdFacts[] _facts = [];
    private RiskScore[] _results = [];

    [Params(60_000)]
    public int Households { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var households = SyntheticPopulation.Generate(AsOf, seed: 42, households: Households).ToList();
        _evaluator = RiskEvaluator.Compile(BuiltInRuleSets.NationalOutreach);
        _batch = HouseholdBatch.Create(households, AsOf);
        _facts = [.. households.Select(h => HouseholdFacts.Of(h, AsOf))];
        _results = new RiskScore[_batch.Count];
        _evaluator.Evaluate(_batch, _results);
        for (var i = 0; i < _facts.Length; i++)
        {
            if (RiskInterpreter.Evaluate(_evaluator.RuleSet, _facts[i], AsOf) != _results[i])
            {
                throw new InvalidOperationException($"Household {i}: the compiled evaluator and the reference interpreter disagree.");
            }
        }
    }

    [Benchmark(Baseline = true)]
    public int ReferenceInterpreter()
    {
        var sum = 0;
        foreach (var f in _facts)
        {
            sum += RiskInterpreter.Evaluate(_evaluator.RuleSet, f, AsOf).Tier;
        }

        return sum;
    }

    [Benchmark]
    public int CompiledOneAtATime()
    {
        var sum = 0;
        for (var i = 0; i < _batch.Count; i++)
        {
            sum += _evaluator.Evaluate(_batch, i).Tier;
        }

        return sum;
    }

    [Benchmark]
    public void CompiledBatch() => _evaluator.Evaluate(_batch, _results);
}
