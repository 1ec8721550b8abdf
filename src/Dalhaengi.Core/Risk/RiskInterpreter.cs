using Dalhaengi.Core.Households;
using NodaTime;

namespace Dalhaengi.Core.Risk;

/// <summary>
/// The straightforward reading of a rule set: walks the rule model for one household, looking at each signal in
/// turn. It is the specification the compiled evaluator is tested against, the naive baseline of the benchmarks,
/// and the producer of explanations (it collects the signals each rule used).
/// </summary>
internal static class RiskInterpreter
{
    internal static RiskScore Evaluate(RiskRuleSet set, HouseholdFacts facts, LocalDate asOf)
    {
        set = RuleSetBinding.Bind(set, asOf);
        var score = 0;
        var forced = -1;
        foreach (var rule in set.Rules)
        {
            if (Holds(rule.When, facts, asOf, null))
            {
                score += rule.Points;
            }
        }

        foreach (var flag in set.RedFlags)
        {
            if (Holds(flag.When, facts, asOf, null))
            {
                forced = Math.Max(forced, set.IndexOfTier(flag.MinimumTier));
            }
        }

        return new RiskScore(score, Math.Max(TierFor(set, score), forced));
    }

    internal static RiskAssessment Explain(RiskRuleSet set, HouseholdFacts facts, LocalDate asOf)
    {
        var warnings = RuleSetBinding.Warnings(set, asOf);
        set = RuleSetBinding.Bind(set, asOf);
        var score = 0;
        var forced = -1;
        var contributions = new List<RiskContribution>();
        var flags = new List<FiredRedFlag>();
        foreach (var rule in set.Rules)
        {
            var used = new List<CrisisSignal>();
            if (Holds(rule.When, facts, asOf, used))
            {
                score += rule.Points;
                contributions.Add(new RiskContribution(rule.Id, rule.Description, rule.Points, Ordered(used)));
            }
        }

        foreach (var flag in set.RedFlags)
        {
            var used = new List<CrisisSignal>();
            if (Holds(flag.When, facts, asOf, used))
            {
                forced = Math.Max(forced, set.IndexOfTier(flag.MinimumTier));
                flags.Add(new FiredRedFlag(flag.Id, flag.Description, flag.MinimumTier, Ordered(used)));
            }
        }

        var tier = Math.Max(TierFor(set, score), forced);
        return new RiskAssessment(facts.Id, asOf, set.Id, set.Version, score, set.Tiers[tier], contributions, flags, set.Lineage, warnings);
    }

    internal static int TierFor(RiskRuleSet set, int score)
    {
        var tier = 0;
        for (var t = 0; t < set.Tiers.Count; t++)
        {
            if (score >= set.Tiers[t].MinScore)
            {
                tier = t;
            }
        }

        return tier;
    }

    private static bool Holds(RiskCondition condition, HouseholdFacts facts, LocalDate asOf, List<CrisisSignal>? used)
    {
        switch (condition)
        {
            case PresentCondition p:
                return Matching(facts, asOf, p.Indicator, p.WithinDays, _ => true, used);
            case ComparisonCondition c:
                return Matching(facts, asOf, c.Indicator, c.WithinDays, c.IsSatisfiedBy, used);
            case HouseholdCondition h:
                return (facts.Predicates & (1u << (int)h.Predicate)) != 0;
            case AsOfMonthCondition m:
                return m.Months.Contains(asOf.Month);
            case AllCondition a:
                var mine = used is null ? null : new List<CrisisSignal>();
                if (a.Conditions.All(x => Holds(x, facts, asOf, mine)))
                {
                    used?.AddRange(mine!);
                    return true;
                }

                return false;
            case AnyCondition a:
                return Count(a.Conditions, facts, asOf, used) >= 1;
            case AtLeastCondition a:
                var scratch = used is null ? null : new List<CrisisSignal>();
                if (Count(a.Conditions, facts, asOf, scratch) >= a.Count)
                {
                    used?.AddRange(scratch!);
                    return true;
                }

                return false;
            default:
                throw new ArgumentException($"Unknown condition type {condition.GetType().Name}.", nameof(condition));
        }
    }

    // Counts every condition that holds (no short cut, so that an explanation lists every signal that counted).
    private static int Count(IReadOnlyList<RiskCondition> conditions, HouseholdFacts facts, LocalDate asOf, List<CrisisSignal>? used)
    {
        var held = 0;
        foreach (var c in conditions)
        {
            held += Holds(c, facts, asOf, used) ? 1 : 0;
        }

        return held;
    }

    private static bool Matching(HouseholdFacts facts, LocalDate asOf, IndicatorCode code, int? withinDays, Func<double, bool> test, List<CrisisSignal>? used)
    {
        var asOfDay = HouseholdFacts.DayNumber(asOf);
        var found = false;
        foreach (var s in facts.Signals)
        {
            var age = asOfDay - HouseholdFacts.DayNumber(s.ObservedOn);
            if (s.Indicator == code && age >= 0 && (withinDays is null || age <= withinDays) && test(s.Value))
            {
                found = true;
                used?.Add(s);
            }
        }

        return found;
    }

    private static IEnumerable<CrisisSignal> Ordered(List<CrisisSignal> signals) =>
        signals.Distinct()
            .OrderBy(s => s.Indicator.Value, StringComparer.Ordinal)
            .ThenBy(s => s.ObservedOn)
            .ThenBy(s => s.Value)
            .ThenBy(s => s.Source)
            .ThenBy(s => s.Note, StringComparer.Ordinal);
}
