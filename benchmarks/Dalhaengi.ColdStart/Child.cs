using Dalhaengi.Core.Benchmarks.Screening;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Risk;
using NRules;

namespace Dalhaengi.ColdStart;

/// <summary>
/// What each contender does in a fresh process to give its first result for one household (an elder living alone
/// whose gas was cut off this month): read its rules, get ready, screen. Each returns the household's tier index.
/// </summary>
internal static class Child
{
    public static int Run(string[] args) => args[0] switch
    {
        "hello" => 0,
        "ours" => OursContender.BuiltIn(),
        "ours-file" => OursContender.FromFile(args[1]),
        "rulesengine" => RulesEngine(File.ReadAllText(args[1]), File.ReadAllLines(args[2])),
        "nrules" => NRules(RiskRuleSetJson.Parse(File.ReadAllText(args[1]))),
        _ => throw new ArgumentException($"unknown mode '{args[0]}': use hello, ours, ours-file, rulesengine or nrules"),
    };

    // RulesEngine reads its workflow; the points per rule and the tier minimums come from a side file of numbers.
    private static int RulesEngine(string workflowJson, string[] outcomes)
    {
        var points = outcomes[0].Split(' ').Select(int.Parse).ToArray();
        var minimumTier = outcomes[1].Split(' ').Select(int.Parse).ToArray();
        var tierMinimums = outcomes[2].Split(' ').Select(int.Parse).ToArray();
        var engine = new RulesEngine.RulesEngine(RulesEngineTranslation.FromJson(workflowJson), new RulesEngine.Models.ReSettings());
        var results = engine.ExecuteAllRulesAsync(RulesEngineTranslation.WorkflowName, Household()).AsTask().GetAwaiter().GetResult();
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

        return Math.Max(TierFor(tierMinimums, score), forced);
    }

    // NRules has no rule-text format: it reads our rule file, builds its rule model, compiles the network, fires.
    private static int NRules(RiskRuleSet set)
    {
        var session = new RuleCompiler().Compile(NRulesTranslation.ToRules(set)).CreateSession();
        var household = Household();
        session.Insert(household);
        session.Fire();
        return Math.Max(TierFor([.. set.Tiers.Select(t => t.MinScore)], household.Score), household.ForcedTier);
    }

    private static ScreenedHousehold Household() =>
        new(0, (1u << (int)HouseholdPredicate.LivesAlone) | (1u << (int)HouseholdPredicate.LivesAloneAged65Plus) | (1u << (int)HouseholdPredicate.HasMemberAged65Plus),
            OursContender.AsOf.Month, [new SignalFact("utility.gas.cutoff", 1, 0)]);

    private static int TierFor(int[] minimums, int score)
    {
        for (var t = minimums.Length - 1; t > 0; t--)
        {
            if (score >= minimums[t])
            {
                return t;
            }
        }

        return 0;
    }
}
