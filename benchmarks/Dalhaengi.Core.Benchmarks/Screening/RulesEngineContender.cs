using Dalhaengi.Core.Risk;
using RulesEngine.Models;

namespace Dalhaengi.Core.Benchmarks.Screening;

/// <summary>
/// Microsoft RulesEngine 6 as its documentation recommends: one engine built once from the workflow, then
/// <c>ExecuteAllRulesAsync(workflow, input)</c> per household; score and tier come from the successful rules.
/// </summary>
internal sealed class RulesEngineContender : ScreeningContender
{
    private readonly ScreenedHousehold[] _households;
    private readonly RulesEngine.RulesEngine _engine;
    private readonly RiskRuleSet _set;
    private readonly int[] _points;
    private readonly int[] _minimumTier;
    private readonly RiskScore[] _results;

    public RulesEngineContender(ScreeningPopulation population)
        : base("Microsoft RulesEngine")
    {
        _set = population.RuleSet;
        _households = population.Objects;
        _engine = Create(RulesEngineTranslation.ToJson(_set));
        (_points, _minimumTier) = Outcomes(_set);
        _results = new RiskScore[_households.Length];
    }

    /// <summary>Builds an engine from workflow JSON text, with default settings.</summary>
    public static RulesEngine.RulesEngine Create(string workflowJson) => new(RulesEngineTranslation.FromJson(workflowJson), new ReSettings());

    /// <summary>Per rule position: the points a scoring rule adds and the tier a red flag forces (-1 for none).</summary>
    public static (int[] Points, int[] MinimumTier) Outcomes(RiskRuleSet set) =>
        ([.. set.Rules.Select(r => r.Points), .. set.RedFlags.Select(_ => 0)],
         [.. set.Rules.Select(_ => -1), .. set.RedFlags.Select(f => set.IndexOfTier(f.MinimumTier))]);

    /// <summary>Runs the workflow for one household and turns the rule results into a tier.</summary>
    public static RiskScore Assess(RulesEngine.RulesEngine engine, RiskRuleSet set, int[] points, int[] minimumTier, ScreenedHousehold household)
    {
        // The engine completes synchronously once the workflow is compiled; the task path covers the first call.
        var pending = engine.ExecuteAllRulesAsync(RulesEngineTranslation.WorkflowName, household);
        var results = pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
        var score = 0;
        var forced = -1;
        for (var r = 0; r < results.Count; r++)
        {
            if (results[r].IsSuccess)
            {
                score += points[r];
                forced = Math.Max(forced, minimumTier[r]);
            }
        }

        return new RiskScore(score, ScreeningPopulation.TierOf(set, score, forced));
    }

    public override void Screen()
    {
        for (var i = 0; i < _households.Length; i++)
        {
            _results[i] = Assess(_engine, _set, _points, _minimumTier, _households[i]);
        }
    }

    public override int TierAt(int index) => _results[index].Tier;

    public override int ScoreAt(int index) => _results[index].Score;
}
