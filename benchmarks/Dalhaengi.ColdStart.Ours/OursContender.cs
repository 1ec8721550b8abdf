using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Risk;
using NodaTime;

namespace Dalhaengi.ColdStart;

/// <summary>
/// Our contender of the cold-start benchmark, shared by the driver's own child and the published variants: the
/// library as its README shows it: the built-in rule set (or a rule file), compile, one household (an elder living
/// alone whose gas was cut off this month), screen. Returns the household's tier index.
/// </summary>
internal static class OursContender
{
    public static readonly LocalDate AsOf = new(2025, 1, 31);

    public static int BuiltIn() => Screen(BuiltInRuleSets.NationalOutreach);

    public static int FromFile(string path) => Screen(RiskRuleSetJson.Parse(File.ReadAllText(path), source: path));

    private static int Screen(RiskRuleSet set)
    {
        var evaluator = RiskEvaluator.Compile(set);
        var builder = new HouseholdBatchBuilder(AsOf);
        builder.Add(new HouseholdId("hh-0000001"), new DistrictCode("4183025000"), [HouseholdPredicate.LivesAlone, HouseholdPredicate.LivesAloneAged65Plus, HouseholdPredicate.HasMemberAged65Plus]);
        builder.AddSignal("utility.gas.cutoff", 1, AsOf, SignalSource.NationalRound);
        return evaluator.Evaluate(builder.Build(), 0).Tier;
    }
}
