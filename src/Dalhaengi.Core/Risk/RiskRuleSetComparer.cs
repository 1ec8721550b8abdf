using Ardalis.GuardClauses;
using Dalhaengi.Core.Serialization;

namespace Dalhaengi.Core.Risk;

/// <summary>Compares two resolved rule sets element by element: what a benchmarking team changed, with before and after.</summary>
/// <remarks>
/// Tiers, rules, red flags and parameters are matched by id; order within a list is not a change. The ids, versions,
/// descriptions and lineage of the two rule sets are not compared (they name the sets; see <see cref="RuleSetDiff.Before"/>),
/// but <c>effectiveFrom</c> is.
/// </remarks>
public static class RiskRuleSetComparer
{
    /// <summary>Lists the differences from one rule set to another.</summary>
    /// <param name="before">The rule set before, for example the base.</param>
    /// <param name="after">The rule set after, for example the resolved overlay.</param>
    /// <returns>The differences: <c>effectiveFrom</c>, tiers, rules, red flags, parameters; within each, removals and changes in the first rule set's order, then additions.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static RuleSetDiff Compare(RiskRuleSet before, RiskRuleSet after)
    {
        Guard.Against.Null(before);
        Guard.Against.Null(after);
        var changes = new List<RuleSetChange>();
        if (before.EffectiveFrom != after.EffectiveFrom)
        {
            changes.Add(new(RuleSetElement.RuleSet, RuleSetChangeKind.Changed, after.Id, "effectiveFrom",
                DocumentReader.Format(before.EffectiveFrom), DocumentReader.Format(after.EffectiveFrom)));
        }

        Elements(changes, RuleSetElement.Tier, before.Tiers, after.Tiers, t => t.Id, RiskConditionText.Tier,
        [
            ("minScore", t => RiskConditionText.Number(t.MinScore)), ("action", t => t.Action),
            ("responseDays", t => RiskConditionText.Number(t.ResponseDays)), ("name", t => t.Name.ToString()),
        ]);
        Elements(changes, RuleSetElement.Rule, before.Rules, after.Rules, r => r.Id, RiskConditionText.Rule,
        [
            ("points", r => RiskConditionText.Signed(r.Points)), ("when", r => RiskConditionText.Format(r.When)), ("description", r => r.Description),
        ]);
        Elements(changes, RuleSetElement.RedFlag, before.RedFlags, after.RedFlags, f => f.Id, RiskConditionText.Flag,
        [
            ("minimumTier", f => f.MinimumTier), ("when", f => RiskConditionText.Format(f.When)), ("description", f => f.Description),
        ]);
        Elements(changes, RuleSetElement.Parameter, before.Parameters, after.Parameters, p => p.Id, RiskConditionText.Parameter,
        [
            ("values", p => p.Values.ToString()), ("description", p => p.Description),
        ]);
        return new RuleSetDiff(before.ToString(), after.ToString(), changes);
    }

    private static void Elements<T>(
        List<RuleSetChange> changes,
        RuleSetElement element,
        IReadOnlyList<T> before,
        IReadOnlyList<T> after,
        Func<T, string> id,
        Func<T, string> describe,
        (string Name, Func<T, string> Value)[] fields)
        where T : class
    {
        var afterById = after.ToDictionary(id, StringComparer.Ordinal);
        var beforeIds = before.Select(id).ToHashSet(StringComparer.Ordinal);
        foreach (var old in before)
        {
            if (!afterById.TryGetValue(id(old), out var now))
            {
                changes.Add(new(element, RuleSetChangeKind.Removed, id(old), null, describe(old), null));
                continue;
            }

            if (old.Equals(now))
            {
                continue;
            }

            foreach (var (name, value) in fields)
            {
                var (a, b) = (value(old), value(now));
                if (!string.Equals(a, b, StringComparison.Ordinal))
                {
                    changes.Add(new(element, RuleSetChangeKind.Changed, id(old), name, a, b));
                }
            }
        }

        changes.AddRange(after.Where(x => !beforeIds.Contains(id(x))).Select(x => new RuleSetChange(element, RuleSetChangeKind.Added, id(x), null, null, describe(x))));
    }
}
