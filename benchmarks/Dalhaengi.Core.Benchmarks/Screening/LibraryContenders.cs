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
