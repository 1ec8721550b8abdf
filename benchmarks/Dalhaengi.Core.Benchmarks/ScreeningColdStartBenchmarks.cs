using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Dalhaengi.Core.Benchmarks.Screening;
using Dalhaengi.Core.Risk;

namespace Dalhaengi.Core.Benchmarks;

/// <summary>
/// Cold start per contender: from rule text to the first household's result. Ours and the reference interpreter
/// read the rule-set JSON (parse, validate; ours also compiles); RulesEngine reads its workflow JSON (the conditions; points and tiers are prepared
/// in setup), builds an engine and runs the first household (it compiles each rule's lambda on first use); NRules has no rule-text
/// format (its DSL is compiled C#), so it reads our JSON, builds the rule model, compiles the session factory, and
/// inserts and fires the first household.
/// </summary>
/// <remarks>
/// Two jobs: <c>FirstCall</c> runs each benchmark once in each of five fresh processes, so the time includes JIT
/// compilation of the code path (the true cold start of a service); <c>Warm</c> repeats it in a warm process (the
/// cost of loading a new rule set into a running service). The household is prepared in setup, in each contender's
/// input form.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(TrendRatioConfig))]
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1, id: "FirstCall")]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 5, id: "Warm")]
public class ScreeningColdStartBenchmarks
{
    private string _rulesJson = string.Empty;
    private string _workflowJson = string.Empty;
    private HouseholdBatch _batch = null!;
    private HouseholdFacts _facts;
    private ScreenedHousehold _household = null!;
    private RiskRuleSet _set = null!;
    private int[] _points = [];
    private int[] _minimumTier = [];

    [GlobalSetup]
    public void Setup()
    {
        var population = ScreeningPopulation.Create(200);
        var index = Enumerable.Range(0, population.Count).First(i => population.Evaluator.Evaluate(population.Batch, i).Tier > 0);
        var households = Households.SyntheticPopulation.Generate(ScreeningPopulation.AsOf, 42, 200).ToList();
        _batch = HouseholdBatch.Create([households[index]], ScreeningPopulation.AsOf);
        _facts = population.Facts[index];
        _household = population.Objects[index];
        _set = population.RuleSet;
        (_points, _minimumTier) = RulesEngineContender.Outcomes(_set);
        _rulesJson = RiskRuleSetJson.Serialize(_set);
        _workflowJson = RulesEngineTranslation.ToJson(_set);
    }

    // RulesEngine's workflow carries the conditions; the points and tiers are prepared in setup (in its favour).
    [Benchmark(Baseline = true)]
    public int MicrosoftRulesEngine() =>
        RulesEngineContender.Assess(RulesEngineContender.Create(_workflowJson), _set, _points, _minimumTier, _household).Tier;

    [Benchmark]
    public int NRules()
    {
        var set = RiskRuleSetJson.Parse(_rulesJson);
        var session = NRulesContender.CreateFactory(set).CreateSession();
        _household.Reset();
        session.Insert(_household);
        session.Fire();
        return ScreeningPopulation.TierOf(set, _household.Score, _household.ForcedTier);
    }

    [Benchmark]
    public int ReferenceInterpreter() => RiskInterpreter.Evaluate(RiskRuleSetJson.Parse(_rulesJson), _facts, ScreeningPopulation.AsOf).Tier;

    [Benchmark]
    public int CompiledEvaluator() => RiskEvaluator.Compile(RiskRuleSetJson.Parse(_rulesJson)).Evaluate(_batch, 0).Tier;
}
