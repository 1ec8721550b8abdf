using System.Buffers;
using Ardalis.GuardClauses;

namespace Dalhaengi.Core.Risk;

/// <summary>Measures a rule set against verified field outcomes (back-testing).</summary>
/// <remarks>
/// <para>
/// Only households of the batch with an outcome verified on or after the batch's as-of date count (the screening must
/// have been possible before the visit); when a household has several such outcomes, the latest visit counts. Other
/// outcomes are counted in <see cref="BackTestReport.IgnoredOutcomes"/>.
/// </para>
/// <para>
/// The ranking a visit budget follows is tier (highest first), then score (highest first), then household id
/// (ordinal), so it is deterministic. The budget is spent on verified households only: it answers "had we visited
/// the top N of those we know the truth about, how many crises would we have found".
/// </para>
/// </remarks>
public static class RiskBackTest
{
    // Households screened per range: a range where at least one in RangeShare households is verified is screened
    // with the batch API (a few ns per household); sparser ones one household at a time, which costs more per
    // household but only for the verified ones.
    private const int Range = 1024;
    private const int RangeShare = 16;

    /// <summary>Screens a batch with a rule set and scores the result against verified outcomes.</summary>
    /// <param name="evaluator">The compiled rule set.</param>
    /// <param name="batch">The population, as of the screening date.</param>
    /// <param name="outcomes">The verified outcomes.</param>
    /// <param name="budget">The number of visits, 0 or more.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The batch was laid out by another catalog than the evaluator's, or <paramref name="budget"/> is negative.</exception>
    public static BackTestReport Run(RiskEvaluator evaluator, HouseholdBatch batch, IEnumerable<VerifiedOutcome> outcomes, int budget)
    {
        Guard.Against.Null(evaluator);
        Guard.Against.Null(batch);
        Guard.Against.Null(outcomes);
        Guard.Against.Negative(budget);
        evaluator.CheckBatch(batch);

        // Keep each household's latest usable outcome (the first of equal dates), then find the households in one
        // pass over the batch's ids; a household listed twice in the batch is screened at its last position, as a
        // lookup by id would find it. Keyed by the id's text with the ordinal comparer, which hashes faster than the
        // id's default equality: the pass looks up every household of the batch. A default id (no text) is in no batch.
        var capacity = outcomes.TryGetNonEnumeratedCount(out var n) ? n : 0;
        var slotOf = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
        var usable = new List<VerifiedOutcome>(capacity);
        var total = 0;
        foreach (var o in outcomes)
        {
            total++;
            if (o.VerifiedOn < batch.AsOf || o.Household.Value is null)
            {
                continue;
            }

            if (!slotOf.TryGetValue(o.Household.Value, out var slot))
            {
                slotOf[o.Household.Value] = usable.Count;
                usable.Add(o);
            }
            else if (o.VerifiedOn > usable[slot].VerifiedOn)
            {
                usable[slot] = o;
            }
        }

        var positionOf = new int[usable.Count];
        Array.Fill(positionOf, -1);
        if (usable.Count > 0)
        {
            var ids = batch.Ids;
            for (var i = 0; i < ids.Length; i++)
            {
                if (slotOf.TryGetValue(ids[i].Value, out var slot))
                {
                    positionOf[slot] = i;
                }
            }
        }

        // The verified households in batch order, so they are screened a range at a time.
        var count = positionOf.Count(p => p >= 0);
        var positions = new int[count];
        var verified = new VerifiedOutcome[count];
        for (int s = 0, k = 0; s < positionOf.Length; s++)
        {
            if (positionOf[s] >= 0)
            {
                (positions[k], verified[k]) = (positionOf[s], usable[s]);
                k++;
            }
        }

        Array.Sort(positions, verified);
        var scores = Screen(evaluator, batch, positions);
        var ignored = total - count;
        var tiers = evaluator.RuleSet.Tiers;
        var confirmed = new int[tiers.Count];
        var notConfirmed = new int[tiers.Count];
        for (var k = 0; k < count; k++)
        {
            (verified[k].CrisisConfirmed ? confirmed : notConfirmed)[scores[k].Tier]++;
        }

        var totalConfirmed = confirmed.Sum();
        var totalNot = notConfirmed.Sum();
        var cutOffs = new List<TierCutOff>();
        for (var t = 0; t < tiers.Count; t++)
        {
            var tp = confirmed.Skip(t).Sum();
            var fp = notConfirmed.Skip(t).Sum();
            cutOffs.Add(new TierCutOff(tiers[t].Id, tp, fp, totalConfirmed - tp, totalNot - fp));
        }

        var reached = Reached(batch, positions, verified, scores, budget);
        var confusion = tiers.Select((t, i) => new TierOutcomes(t.Id, confirmed[i], notConfirmed[i]));
        return new BackTestReport(evaluator.RuleSet, batch.AsOf, count, totalConfirmed, ignored, confusion, cutOffs, budget, reached, IndicatorPeriodWarnings.For(evaluator, batch.AsOf));
    }

    private static RiskScore[] Screen(RiskEvaluator evaluator, HouseholdBatch batch, int[] positions)
    {
        var scores = new RiskScore[positions.Length];
        var buffer = ArrayPool<RiskScore>.Shared.Rent(Range);
        try
        {
            for (var k = 0; k < positions.Length;)
            {
                var start = positions[k];
                var length = Math.Min(Range, batch.Count - start);
                var end = k;
                while (end < positions.Length && positions[end] < start + length)
                {
                    end++;
                }

                if ((end - k) * RangeShare >= length)
                {
                    evaluator.Evaluate(batch, start, buffer.AsSpan(0, length));
                    for (; k < end; k++)
                    {
                        scores[k] = buffer[positions[k] - start];
                    }
                }
                else
                {
                    scores[k] = evaluator.Evaluate(batch, start);
                    k++;
                }
            }
        }
        finally
        {
            ArrayPool<RiskScore>.Shared.Return(buffer);
        }

        return scores;
    }

    // Confirmed crises among the first budget verified households by tier, then score (highest first), then id. Only
    // the cut matters, not the order above it: the (tier, score) at which the budget runs out is found from a count of
    // each (tier, score), every household above it is in, and of those at it the budget takes the lowest ids. No
    // sort of the verified households, whose ids are mostly tied on a low score.
    private static int Reached(HouseholdBatch batch, int[] positions, VerifiedOutcome[] verified, RiskScore[] scores, int budget)
    {
        if (budget >= positions.Length)
        {
            return verified.Count(o => o.CrisisConfirmed);
        }

        static long Key(RiskScore s) => ((long)s.Tier << 32) | unchecked((uint)(s.Score ^ int.MinValue));
        var counts = new Dictionary<long, int>();
        foreach (var s in scores)
        {
            counts[Key(s)] = counts.GetValueOrDefault(Key(s)) + 1;
        }

        var keys = counts.Keys.ToArray();
        Array.Sort(keys);
        var above = 0;
        var cut = keys[^1];
        for (var i = keys.Length - 1; i >= 0; i--)
        {
            cut = keys[i];
            if (above + counts[cut] >= budget)
            {
                break;
            }

            above += counts[cut];
        }

        var reached = 0;
        var rest = budget - above;
        var lowest = new PriorityQueue<int, string>(rest, Comparer<string>.Create((x, y) => string.CompareOrdinal(y, x)));
        for (var k = 0; k < scores.Length; k++)
        {
            var key = Key(scores[k]);
            if (key > cut)
            {
                reached += verified[k].CrisisConfirmed ? 1 : 0;
            }
            else if (key == cut && rest > 0)
            {
                var id = batch.Ids[positions[k]].Value;
                if (lowest.Count < rest)
                {
                    lowest.Enqueue(k, id);
                }
                else if (lowest.TryPeek(out _, out var highest) && string.CompareOrdinal(id, highest) < 0)
                {
                    lowest.DequeueEnqueue(k, id);
                }
            }
        }

        foreach (var (k, _) in lowest.UnorderedItems)
        {
            reached += verified[k].CrisisConfirmed ? 1 : 0;
        }

        return reached;
    }
}
