using Dalhaengi.Core.Households;
using Dalhaengi.Core.Risk;
using NodaTime;

namespace Dalhaengi.Core.Benchmarks.Screening;

/// <summary>
/// One seeded synthetic population laid out for every contender: the library's batch, the reference interpreter's
/// facts and the plain objects RulesEngine and NRules screen. Each view is built on first use, so a benchmark pays
/// only for what it measures.
/// </summary>
internal sealed class ScreeningPopulation
{
    /// <summary>The as-of date: a winter month, so the month rules are live.</summary>
    public static readonly LocalDate AsOf = new(2025, 1, 31);

    private HouseholdFacts[]? _facts;
    private ScreenedHousehold[]? _objects;

    private ScreeningPopulation(HouseholdBatch batch, RiskRuleSet ruleSet)
    {
        Batch = batch;
        RuleSet = ruleSet;
        Evaluator = RiskEvaluator.Compile(ruleSet, batch.Catalog);
    }

    public HouseholdBatch Batch { get; }

    public RiskRuleSet RuleSet { get; }

    public RiskEvaluator Evaluator { get; }

    public int Count => Batch.Count;

    /// <summary>The interpreter's view: each household's predicate bits and its signals as <see cref="CrisisSignal"/> records.</summary>
    public HouseholdFacts[] Facts => _facts ??= [.. Enumerable.Range(0, Batch.Count).Select(Batch.FactsAt)];

    /// <summary>What a developer would hand a general rules engine: one object per household with its signals.</summary>
    public ScreenedHousehold[] Objects => _objects ??= [.. Facts.Select((f, i) => ToObject(f, i))];

    /// <summary>Streams the seeded synthetic population straight into a batch (no aggregate list is kept).</summary>
    public static ScreeningPopulation Create(int households, RiskRuleSet? ruleSet = null, int seed = 42)
    {
        var builder = new HouseholdBatchBuilder(AsOf, capacity: households);
        foreach (var h in SyntheticPopulation.Generate(AsOf, seed, households))
        {
            builder.Add(h);
        }

        return new ScreeningPopulation(builder.Build(), ruleSet ?? BuiltInRuleSets.NationalOutreach);
    }

    /// <summary>The dense workload (<see cref="DenseWorkload"/>): 45 indicators on every household.</summary>
    /// <param name="households">The number of households.</param>
    /// <param name="seed">The random seed.</param>
    /// <param name="extractDays">Every signal of an indicator observed on one day (a monthly extract's), the shape a wide table by columns with one day per column has.</param>
    public static ScreeningPopulation CreateDense(int households, int seed = 42, bool extractDays = false) =>
        new(DenseWorkload.Batch(AsOf, households, seed, extractDays), DenseWorkload.RuleSet);

    private static ScreenedHousehold ToObject(HouseholdFacts facts, int index)
    {
        var asOfDay = HouseholdFacts.DayNumber(AsOf);
        var signals = facts.Signals.Select(s => new SignalFact(s.Indicator.Value, s.Value, asOfDay - HouseholdFacts.DayNumber(s.ObservedOn))).ToArray();
        return new ScreenedHousehold(index, facts.Predicates, AsOf.Month, signals);
    }

    /// <summary>The tier the rule-set semantics give a score and the highest red-flag tier (-1 for none).</summary>
    public static int TierOf(RiskRuleSet set, int score, int forcedTier) => Math.Max(RiskInterpreter.TierFor(set, score), forcedTier);
}
