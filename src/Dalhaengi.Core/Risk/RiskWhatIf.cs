using System.Buffers;
using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Risk;

/// <summary>Screens one population with two rule sets as of the same date and reports what changes (what-if analysis).</summary>
/// <remarks>
/// Both rule sets are run with the batch API a chunk at a time (no allocation per household, no arrays the size of
/// the population); the report holds one <see cref="TierChange"/> per household whose tier changed, and each
/// change finds the rules that made the difference only when <see cref="TierChange.Differences"/> is first read.
/// </remarks>
public static class RiskWhatIf
{
    // Households screened per chunk: two result buffers of this size fit in L2 beside the batch's hot columns.
    private const int Chunk = 8192;

    /// <summary>Screens a batch with two evaluators and compares the results.</summary>
    /// <param name="before">The evaluator of the current rule set.</param>
    /// <param name="after">The evaluator of the proposed rule set; compiled against the same catalog.</param>
    /// <param name="batch">The population, as of the date to compare on.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The batch was laid out by another catalog than an evaluator's.</exception>
    public static WhatIfReport Run(RiskEvaluator before, RiskEvaluator after, HouseholdBatch batch)
    {
        Guard.Against.Null(before);
        Guard.Against.Null(after);
        Guard.Against.Null(batch);
        before.CheckBatch(batch);
        after.CheckBatch(batch);
        var beforeTiers = before.RuleSet.Tiers;
        var afterTiers = after.RuleSet.Tiers;
        var sameTier = new bool[beforeTiers.Count * afterTiers.Count];
        for (var x = 0; x < beforeTiers.Count; x++)
        {
            for (var y = 0; y < afterTiers.Count; y++)
            {
                sameTier[(x * afterTiers.Count) + y] = string.Equals(beforeTiers[x].Id, afterTiers[y].Id, StringComparison.Ordinal);
            }
        }

        var matrix = new int[beforeTiers.Count * afterTiers.Count];
        var districts = batch.Districts.Count;
        var beforeCounts = new int[districts * beforeTiers.Count];
        var afterCounts = new int[districts * afterTiers.Count];
        var changedCounts = new int[districts];
        var changes = new List<TierChange>();
        IReadOnlyList<RuleDifference> Explain(TierChange c) => Differences(before.Explain(batch, c.Index), after.Explain(batch, c.Index)).ToValueList();
        Func<TierChange, IReadOnlyList<RuleDifference>> explain = Explain;

        // Both rule sets screen the batch a chunk at a time into pooled buffers that stay in cache: the report then
        // allocates in proportion to the households that changed, not to the population.
        var a = ArrayPool<RiskScore>.Shared.Rent(Math.Min(Chunk, Math.Max(1, batch.Count)));
        var b = ArrayPool<RiskScore>.Shared.Rent(a.Length);
        try
        {
            for (var start = 0; start < batch.Count; start += Chunk)
            {
                var length = Math.Min(Chunk, batch.Count - start);
                before.Evaluate(batch, start, a.AsSpan(0, length));
                after.Evaluate(batch, start, b.AsSpan(0, length));
                for (var k = 0; k < length; k++)
                {
                    var i = start + k;
                    var cell = (a[k].Tier * afterTiers.Count) + b[k].Tier;
                    matrix[cell]++;
                    var d = batch.DistrictIndex[i];
                    beforeCounts[(d * beforeTiers.Count) + a[k].Tier]++;
                    afterCounts[(d * afterTiers.Count) + b[k].Tier]++;
                    if (!sameTier[cell])
                    {
                        changedCounts[d]++;
                        changes.Add(new TierChange(
                            batch.Ids[i], batch.DistrictList[d], a[k], beforeTiers[a[k].Tier].Id, b[k], afterTiers[b[k].Tier].Id, explain, i));
                    }
                }
            }
        }
        finally
        {
            ArrayPool<RiskScore>.Shared.Return(a);
            ArrayPool<RiskScore>.Shared.Return(b);
        }

        var ordered = Order(changes, afterTiers.Count);
        var byDistrict = Enumerable.Range(0, districts).Select(d => new WhatIfDistrict(
            batch.Districts[d],
            beforeCounts.AsSpan(d * beforeTiers.Count, beforeTiers.Count).ToArray(),
            afterCounts.AsSpan(d * afterTiers.Count, afterTiers.Count).ToArray(),
            changedCounts[d]));
        return new WhatIfReport(before.RuleSet, after.RuleSet, batch.AsOf, batch.Count, matrix, byDistrict, ordered, IndicatorPeriodWarnings.For(before, batch.AsOf).Concat(IndicatorPeriodWarnings.For(after, batch.AsOf)));
    }

    // Highest new tier first, then by id, equal ids in batch order: one bucket per tier in batch order, sorted only
    // when its ids are not already ascending (a population is usually stored in id order).
    private static List<TierChange> Order(List<TierChange> changes, int tiers)
    {
        var buckets = new List<TierChange>[tiers];
        for (var t = 0; t < tiers; t++)
        {
            buckets[t] = [];
        }

        foreach (var c in changes)
        {
            buckets[c.After.Tier].Add(c);
        }

        var ordered = new List<TierChange>(changes.Count);
        for (var t = tiers - 1; t >= 0; t--)
        {
            var bucket = buckets[t];
            var sorted = true;
            for (var i = 1; i < bucket.Count && sorted; i++)
            {
                sorted = string.CompareOrdinal(bucket[i - 1].Household.Value, bucket[i].Household.Value) <= 0;
            }

            ordered.AddRange(sorted ? bucket : bucket.OrderBy(c => c.Household.Value, StringComparer.Ordinal));
        }

        return ordered;
    }

    private static List<RuleDifference> Differences(RiskAssessment before, RiskAssessment after)
    {
        var result = new List<RuleDifference>();
        var rulesBefore = before.Contributions.ToDictionary(c => c.RuleId, c => RiskConditionText.Signed(c.Points), StringComparer.Ordinal);
        var rulesAfter = after.Contributions.ToDictionary(c => c.RuleId, c => RiskConditionText.Signed(c.Points), StringComparer.Ordinal);
        Compare(result, RuleSetElement.Rule, before.Contributions.Select(c => c.RuleId), after.Contributions.Select(c => c.RuleId), rulesBefore, rulesAfter);
        var flagsBefore = before.RedFlags.ToDictionary(f => f.RedFlagId, f => "≥ " + f.MinimumTier, StringComparer.Ordinal);
        var flagsAfter = after.RedFlags.ToDictionary(f => f.RedFlagId, f => "≥ " + f.MinimumTier, StringComparer.Ordinal);
        Compare(result, RuleSetElement.RedFlag, before.RedFlags.Select(f => f.RedFlagId), after.RedFlags.Select(f => f.RedFlagId), flagsBefore, flagsAfter);
        if (result.Count == 0)
        {
            // Same rules fired: the tier thresholds moved under the household's score.
            result.Add(new RuleDifference(after.Tier.Id, RuleSetElement.Tier,
                $"{before.Tier.Id} from {RiskConditionText.Number(before.Tier.MinScore)}", $"{after.Tier.Id} from {RiskConditionText.Number(after.Tier.MinScore)}"));
        }

        return result;
    }

    private static void Compare(List<RuleDifference> result, RuleSetElement element, IEnumerable<string> beforeIds, IEnumerable<string> afterIds, Dictionary<string, string> before, Dictionary<string, string> after)
    {
        foreach (var id in beforeIds.Concat(afterIds.Where(x => !before.ContainsKey(x))))
        {
            var (x, y) = (before.GetValueOrDefault(id), after.GetValueOrDefault(id));
            if (!string.Equals(x, y, StringComparison.Ordinal))
            {
                result.Add(new RuleDifference(id, element, x, y));
            }
        }
    }
}
