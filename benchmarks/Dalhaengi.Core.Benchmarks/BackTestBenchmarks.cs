using BenchmarkDotNet.Attributes;
using Dalhaengi.Core.Benchmarks.Screening;
using Dalhaengi.Core.Risk;

namespace Dalhaengi.Core.Benchmarks;

/// <summary>
/// Back-testing over 1,000,000 households (the sparse county workload) against verified outcomes for 1 % of them (a
/// few seasons of visits) and for every household (a survey of the whole population): the public
/// <see cref="RiskBackTest.Run"/>, which finds the verified households, screens them a range at a time and ranks them
/// for a budget of 1,000 visits, beside the loop a user writes without it (a dictionary of outcomes, each verified
/// household scored one at a time, ranked with LINQ) and a batch screening of the whole population for scale.
/// </summary>
[MemoryDiagnoser]
public class BackTestBenchmarks
{
    public const int Households = 1_000_000;
    private const int Budget = 1_000;

    private HouseholdBatch _batch = null!;
    private RiskEvaluator _evaluator = null!;
    private VerifiedOutcome[] _outcomes = [];
    private RiskScore[] _results = [];

    /// <summary>Verified outcomes: one per household for that many evenly spread households.</summary>
    [Params(10_000, 1_000_000)]
    public int Verified { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var population = ScreeningPopulation.Create(Households);
        _batch = population.Batch;
        _evaluator = population.Evaluator;
        var step = Households / Verified;
        _outcomes = [.. Enumerable.Range(0, Verified).Select(k => new VerifiedOutcome(_batch.IdAt(k * step), k % 3 == 0, ScreeningPopulation.AsOf.PlusDays(7)))];
        _results = new RiskScore[_batch.Count];
        var hand = HandLoopOneAtATime();
        var report = PublicRiskBackTestRun();
        if (hand != report.ReachedWithinBudget || report.Verified != Verified)
        {
            throw new InvalidOperationException($"The back-tests disagree: the hand loop reached {hand}, RiskBackTest.Run {report.ReachedWithinBudget} of {report.Verified} verified.");
        }
    }

    [Benchmark(Baseline = true)]
    public int HandLoopOneAtATime()
    {
        var outcomes = _outcomes.ToDictionary(o => o.Household);
        var scored = new List<(VerifiedOutcome Outcome, RiskScore Score)>();
        for (var i = 0; i < _batch.Count; i++)
        {
            if (outcomes.TryGetValue(_batch.IdAt(i), out var o))
            {
                scored.Add((o, _evaluator.Evaluate(_batch, i)));
            }
        }

        return scored.OrderByDescending(s => s.Score.Tier).ThenByDescending(s => s.Score.Score).ThenBy(s => s.Outcome.Household.Value, StringComparer.Ordinal)
            .Take(Budget).Count(s => s.Outcome.CrisisConfirmed);
    }

    [Benchmark]
    public BackTestReport PublicRiskBackTestRun() => RiskBackTest.Run(_evaluator, _batch, _outcomes, Budget);

    /// <summary>Scale: the whole population screened once with the batch API.</summary>
    [Benchmark]
    public RiskScore ScreenTheWholeBatch()
    {
        _evaluator.Evaluate(_batch, _results);
        return _results[^1];
    }
}
