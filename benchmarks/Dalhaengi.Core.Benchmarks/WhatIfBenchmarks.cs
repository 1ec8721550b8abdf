using BenchmarkDotNet.Attributes;
using Dalhaengi.Core.Benchmarks.Screening;
using Dalhaengi.Core.Risk;

namespace Dalhaengi.Core.Benchmarks;

/// <summary>
/// What-if over 1,000,000 households: screen the population with the current rule set and with a proposed one
/// (elder living alone weighted 8 → 15, medium tier from 20 → 15 points): the hand-written loops that count the tier
/// transition matrix, and the public <see cref="RiskWhatIf.Run"/>, which also counts by district and lists every
/// household whose tier changed.
/// </summary>
/// <remarks>
/// The baseline is the same what-if with the one-household-at-a-time API, the loop a user writes without the batch
/// API. RulesEngine and NRules would need two full passes at their per-household cost (see
/// <see cref="ScreeningBenchmarks"/>), minutes for a million, so they are not timed here.
/// </remarks>
[MemoryDiagnoser]
public class WhatIfBenchmarks
{
    public const int Households = 1_000_000;

    private HouseholdBatch _batch = null!;
    private RiskEvaluator _current = null!;
    private RiskEvaluator _proposed = null!;
    private RiskScore[] _before = [];
    private RiskScore[] _after = [];

    [GlobalSetup]
    public void Setup()
    {
        var population = ScreeningPopulation.Create(Households);
        _batch = population.Batch;
        _current = population.Evaluator;
        _proposed = RiskEvaluator.Compile(Proposed(population.RuleSet));
        _before = new RiskScore[_batch.Count];
        _after = new RiskScore[_batch.Count];
    }

    [Benchmark(Baseline = true)]
    public int[] OneAtATime()
    {
        var tiers = _current.RuleSet.Tiers.Count;
        var matrix = new int[tiers * _proposed.RuleSet.Tiers.Count];
        for (var i = 0; i < _batch.Count; i++)
        {
            matrix[(_current.Evaluate(_batch, i).Tier * tiers) + _proposed.Evaluate(_batch, i).Tier]++;
        }

        return matrix;
    }

    [Benchmark]
    public int[] TwoBatchesAndMatrix()
    {
        _current.Evaluate(_batch, _before);
        _proposed.Evaluate(_batch, _after);
        var tiers = _current.RuleSet.Tiers.Count;
        var matrix = new int[tiers * _proposed.RuleSet.Tiers.Count];
        for (var i = 0; i < _before.Length; i++)
        {
            matrix[(_before[i].Tier * tiers) + _after[i].Tier]++;
        }

        return matrix;
    }

    /// <summary>The public API: the matrix, the counts by district and one <see cref="TierChange"/> per changed household (not yet explained).</summary>
    [Benchmark]
    public int PublicRiskWhatIfRun() => RiskWhatIf.Run(_current, _proposed, _batch).Changed.Count;

    /// <summary>The public API, then the explanations of the ten changes a user reads first.</summary>
    [Benchmark]
    public int PublicRunAndExplainTen()
    {
        var report = RiskWhatIf.Run(_current, _proposed, _batch);
        return report.Changed.Take(10).Sum(c => c.Differences.Count);
    }

    internal static RiskRuleSet Proposed(RiskRuleSet set) => new(
        set.Id, set.Version + "-proposed", set.EffectiveFrom, set.Description,
        set.Tiers.Select(t => t.Id == "medium" ? new RiskTier(t.Id, t.Name, 15, t.Action, t.ResponseDays) : t),
        set.Rules.Select(r => r.Id == "elder-alone" ? new ScoringRule(r.Id, r.Description, r.When, 15) : r),
        set.RedFlags);
}
