using Dalhaengi.Core.Risk;

namespace Dalhaengi.Core.Benchmarks.Screening;

/// <summary>This library's compiled evaluator over the whole batch in one call.</summary>
internal sealed class CompiledBatchContender(ScreeningPopulation population) : ScreeningContender("compiled, batch")
{
    private readonly RiskScore[] _results = new RiskScore[population.Count];

    public override void Screen() => population.Evaluator.Evaluate(population.Batch, _results);

    public override int TierAt(int index) => _results[index].Tier;

    public override int ScoreAt(int index) => _results[index].Score;
}

/// <summary>This library's compiled evaluator, one household per call (<c>Evaluate(batch, index)</c>).</summary>
internal sealed class CompiledOneAtATimeContender(ScreeningPopulation population) : ScreeningContender("compiled, one at a time")
{
    private readonly RiskScore[] _results = new RiskScore[population.Count];

    public override void Screen()
    {
        var evaluator = population.Evaluator;
        var batch = population.Batch;
        for (var i = 0; i < _results.Length; i++)
        {
            _results[i] = evaluator.Evaluate(batch, i);
        }
    }

    public override int TierAt(int index) => _results[index].Tier;

    public override int ScoreAt(int index) => _results[index].Score;
}

/// <summary>The reference interpreter of the tests: walks the rule model and each household's signal list.</summary>
internal sealed class ReferenceContender(ScreeningPopulation population) : ScreeningContender("reference interpreter")
{
    private readonly HouseholdFacts[] _facts = population.Facts;
    private readonly RiskScore[] _results = new RiskScore[population.Count];

    public override void Screen()
    {
        var set = population.RuleSet;
        for (var i = 0; i < _facts.Length; i++)
        {
            _results[i] = RiskInterpreter.Evaluate(set, _facts[i], ScreeningPopulation.AsOf);
        }
    }

    public override int TierAt(int index) => _results[index].Tier;

    public override int ScoreAt(int index) => _results[index].Score;
}

/// <summary>The compiled batch evaluator without the vector kernel and without the column screen: every rule on the scalar per-household path.</summary>
internal sealed class CompiledBatchScalarContender(ScreeningPopulation population) : ScreeningContender("compiled, batch, scalar")
{
    private readonly RiskEvaluator _evaluator = RiskEvaluator.Compile(population.RuleSet, population.Batch.Catalog, vectorKernel: false, ColumnWidth.Off);
    private readonly RiskScore[] _results = new RiskScore[population.Count];

    public override void Screen() => _evaluator.Evaluate(population.Batch, _results);

    public override int TierAt(int index) => _results[index].Tier;

    public override int ScoreAt(int index) => _results[index].Score;
}

/// <summary>The compiled batch evaluator with the column screen at one forced width (or switched off): each width must give the same results.</summary>
internal sealed class CompiledBatchWidthContender(ScreeningPopulation population, ColumnWidth width)
    : ScreeningContender(width == ColumnWidth.Off ? "compiled, batch, no columns" : $"compiled, batch, columns {width}")
{
    private readonly RiskEvaluator _evaluator = RiskEvaluator.Compile(population.RuleSet, population.Batch.Catalog, vectorKernel: true, width);
    private readonly RiskScore[] _results = new RiskScore[population.Count];

    public override void Screen() => _evaluator.Evaluate(population.Batch, _results);

    public override int TierAt(int index) => _results[index].Tier;

    public override int ScoreAt(int index) => _results[index].Score;
}

/// <summary>
/// Ours on the same population filled a column at a time (<c>AddHouseholds</c>, <c>SetFact</c>, <c>SetColumn</c> with a
/// day per cell), so the batch holds those indicators only as columns. A wide table has one cell per household and
/// indicator: a population where a household has several signals of one indicator (the sparse county) cannot be
/// one, and the contender then screens the row-built batch and says so in its name.
/// </summary>
internal sealed class ColumnFilledBatchContender : ScreeningContender
{
    private readonly RiskEvaluator _evaluator;
    private readonly HouseholdBatch _batch;
    private readonly RiskScore[] _results;

    public ColumnFilledBatchContender(ScreeningPopulation population, ColumnWidth width, ColumnCellOptions? cells = null, bool oneDate = false)
        : base($"compiled, batch filled by columns{(oneDate ? ", one extract day" : "")}, {width}{(cells is { } c ? $", cells {c}" : "")}{(Wide(population, null, oneDate) is null ? " (not a wide table: row batch)" : "")}")
    {
        _evaluator = RiskEvaluator.Compile(population.RuleSet, population.Batch.Catalog, vectorKernel: true, width);
        _batch = Wide(population, cells, oneDate) ?? population.Batch;
        _results = new RiskScore[population.Count];
    }

    public override void Screen() => _evaluator.Evaluate(_batch, _results);

    public override int TierAt(int index) => _results[index].Tier;

    public override int ScoreAt(int index) => _results[index].Score;

    // With oneDate, only a population whose every signal of an indicator has one day is a wide table with extract days.
    private static HouseholdBatch? Wide(ScreeningPopulation population, ColumnCellOptions? cells, bool oneDate)
    {
        var facts = population.Facts;
        if (facts.Any(f => f.Signals.DistinctBy(s => s.Indicator).Count() != f.Signals.Count))
        {
            return null;
        }

        var batch = population.Batch;
        var builder = new HouseholdBatchBuilder(batch.AsOf, batch.Catalog, batch.Count) { CellOptions = cells ?? ColumnCellOptions.Default };
        builder.AddHouseholds([.. facts.Select(f => f.Id)], [.. facts.Select(f => f.District)]);
        foreach (var p in Enum.GetValues<Households.HouseholdPredicate>())
        {
            builder.SetFact(p, [.. facts.Select(f => (f.Predicates & (1u << (int)p)) != 0)]);
        }

        foreach (var group in facts.SelectMany(f => f.Signals).GroupBy(s => s.Indicator))
        {
            var row = facts.Select(f => f.Signals.FirstOrDefault(s => s.Indicator == group.Key)).ToArray();
            var days = group.Select(s => s.ObservedOn).Distinct().ToArray();
            if (oneDate && days.Length == 1)
            {
                builder.SetColumn(IndicatorHandle.Of(batch.Catalog, group.Key), [.. row.Select(s => s?.Value ?? double.NaN)], days[0], group.First().Source);
                continue;
            }

            builder.SetColumn(
                IndicatorHandle.Of(batch.Catalog, group.Key),
                [.. row.Select(s => s?.Value ?? double.NaN)],
                [.. row.Select(s => s?.ObservedOn ?? batch.AsOf)],
                group.First().Source);
        }

        return builder.Build();
    }
}

/// <summary>
/// The compiled batch evaluator on the same population laid out with forced column cells (wider values, per-cell
/// 16-bit ages, blocks off their 64-byte alignment), to measure what each narrowing buys; each layout must give the
/// same results.
/// </summary>
internal sealed class CompiledBatchLayoutContender : ScreeningContender
{
    private readonly RiskEvaluator _evaluator;
    private readonly HouseholdBatch _batch;
    private readonly RiskScore[] _results;

    public CompiledBatchLayoutContender(ScreeningPopulation population, ColumnCellOptions cells, ColumnWidth width)
        : base($"compiled, batch, cells {cells.MinValue}/{cells.Age}{(cells.Misalign != 0 ? $" misaligned {cells.Misalign}" : "")}, {width}")
    {
        _evaluator = RiskEvaluator.Compile(population.RuleSet, population.Batch.Catalog, vectorKernel: true, width);
        var batch = population.Batch;
        var builder = new HouseholdBatchBuilder(batch.AsOf, batch.Catalog, batch.Count) { CellOptions = cells };
        foreach (var f in population.Facts)
        {
            builder.Add(f.Id, f.District, [.. Enum.GetValues<Households.HouseholdPredicate>().Where(p => (f.Predicates & (1u << (int)p)) != 0)]);
            foreach (var s in f.Signals)
            {
                builder.AddSignal(s.Indicator, s.Value, s.ObservedOn, s.Source);
            }
        }

        _batch = builder.Build();
        _results = new RiskScore[population.Count];
    }

    public override void Screen() => _evaluator.Evaluate(_batch, _results);

    public override int TierAt(int index) => _results[index].Tier;

    public override int ScoreAt(int index) => _results[index].Score;
}
