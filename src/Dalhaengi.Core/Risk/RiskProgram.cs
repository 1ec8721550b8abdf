using System.Numerics;
using System.Runtime.CompilerServices;

namespace Dalhaengi.Core.Risk;

/// <summary>
/// The compiled form of a rule set: flat arrays walked by one static switch, with no virtual call per rule and
/// no allocation per household. Immutable, so one instance serves every thread.
/// </summary>
/// <remarks>
/// The hot paths are <c>unchecked</c> (the project checks arithmetic by default): indices are bounded by array
/// lengths and a score by 100 points times the number of rules, so no overflow check can fire there.
/// </remarks>
internal sealed class RiskProgram(
    CompiledNode[] nodes,
    int[] children,
    int[] roots,
    int[] points,
    int[] minTier,
    int[] tierMinScores,
    int ruleWords,
    ulong[] always,
    ulong[] indicatorTriggers,
    ulong[] predicateTriggers,
    uint usedPredicates,
    int presenceWords,
    PredicateRuleTable predicateRules)
{
    // Up to 64 rules and 64 catalog indicators, candidates and presence fit one word each: the narrow path keeps
    // them in registers (no scratch span, no copy, no loops over words).
    private readonly bool _narrow = ruleWords == 1 && presenceWords == 1;
    private readonly ulong _always0 = always[0];

    internal int RuleWords => ruleWords;

    /// <summary>Screens households [start, start + results.Length) of a batch; <paramref name="candidates"/> is scratch of <see cref="RuleWords"/> words.</summary>
    internal void Run(HouseholdBatch batch, int start, Span<RiskScore> results, Span<ulong> candidates)
    {
        var monthBit = 1u << batch.AsOf.Month;
        if (_narrow)
        {
            for (var i = 0; i < results.Length; i++)
            {
                results[i] = Narrow(batch, start + i, monthBit);
            }

            return;
        }

        for (var i = 0; i < results.Length; i++)
        {
            results[i] = Wide(batch, start + i, monthBit, candidates);
        }
    }

    internal RiskScore One(HouseholdBatch batch, int h, uint monthBit, Span<ulong> candidates) =>
        _narrow ? Narrow(batch, h, monthBit) : Wide(batch, h, monthBit, candidates);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private RiskScore Narrow(HouseholdBatch batch, int h, uint monthBit)
    {
        unchecked
        {
            var candidates = _always0;
            var present = batch.Presence[h];
            for (var bits = present; bits != 0; bits &= bits - 1)
            {
                candidates |= indicatorTriggers[BitOperations.TrailingZeroCount(bits)];
            }

            var facts = batch.Predicates[h];
            for (var bits = facts & usedPredicates; bits != 0; bits &= bits - 1)
            {
                candidates |= predicateTriggers[BitOperations.TrailingZeroCount(bits)];
            }

            var score = 0;
            var forced = -1;
            predicateRules.Apply(facts, ref score, ref forced);
            for (; candidates != 0; candidates &= candidates - 1)
            {
                var r = BitOperations.TrailingZeroCount(candidates);
                ref readonly var node = ref nodes[roots[r]];
                if (node.Kind == NodeKind.Indicator ? IndicatorHolds(in node, batch, h) : Holds(roots[r], batch, h, monthBit))
                {
                    score += points[r];
                    forced = Math.Max(forced, minTier[r]);
                }
            }

            return new RiskScore(score, Math.Max(TierFor(score), forced));
        }
    }

    private RiskScore Wide(HouseholdBatch batch, int h, uint monthBit, Span<ulong> candidates)
    {
        unchecked
        {
            always.CopyTo(candidates);
            var presence = batch.Presence;
            var baseWord = h * presenceWords;
            for (var w = 0; w < presenceWords; w++)
            {
                var bits = presence[baseWord + w];
                while (bits != 0)
                {
                    var ordinal = (w << 6) + BitOperations.TrailingZeroCount(bits);
                    bits &= bits - 1;
                    Or(candidates, indicatorTriggers, ordinal * ruleWords);
                }
            }

            var facts = batch.Predicates[h] & usedPredicates;
            while (facts != 0)
            {
                var p = BitOperations.TrailingZeroCount(facts);
                facts &= facts - 1;
                Or(candidates, predicateTriggers, p * ruleWords);
            }

            var score = 0;
            var forced = -1;
            predicateRules.Apply(batch.Predicates[h], ref score, ref forced);
            for (var w = 0; w < candidates.Length; w++)
            {
                var bits = candidates[w];
                while (bits != 0)
                {
                    var r = (w << 6) + BitOperations.TrailingZeroCount(bits);
                    bits &= bits - 1;
                    if (Holds(roots[r], batch, h, monthBit))
                    {
                        score += points[r];
                        forced = Math.Max(forced, minTier[r]);
                    }
                }
            }

            return new RiskScore(score, Math.Max(TierFor(score), forced));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int TierFor(int score)
    {
        for (var t = tierMinScores.Length - 1; t > 0; t--)
        {
            if (score >= tierMinScores[t])
            {
                return t;
            }
        }

        return 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Or(Span<ulong> target, ulong[] source, int offset)
    {
        if (target.Length == 1)
        {
            target[0] |= source[offset];
            return;
        }

        for (var i = 0; i < target.Length; i++)
        {
            target[i] |= source[offset + i];
        }
    }

    private bool Holds(int index, HouseholdBatch batch, int h, uint monthBit)
    {
        ref readonly var node = ref nodes[index];
        switch (node.Kind)
        {
            case NodeKind.Indicator:
                return IndicatorHolds(in node, batch, h);
            case NodeKind.Household:
                return (batch.Predicates[h] & node.Mask) != 0;
            case NodeKind.AsOfMonth:
                return (node.Mask & monthBit) != 0;
            case NodeKind.All:
                for (var c = 0; c < node.ChildCount; c++)
                {
                    if (!Holds(children[node.FirstChild + c], batch, h, monthBit))
                    {
                        return false;
                    }
                }

                return true;
            default:
                // Any is "at least 1"; stop as soon as the count is reached or can no longer be.
                var held = 0;
                for (var c = 0; c < node.ChildCount; c++)
                {
                    if (Holds(children[node.FirstChild + c], batch, h, monthBit) && ++held >= node.Needed)
                    {
                        return true;
                    }

                    if (held + (node.ChildCount - c - 1) < node.Needed)
                    {
                        return false;
                    }
                }

                return false;
        }
    }

    private bool IndicatorHolds(in CompiledNode node, HouseholdBatch batch, int h)
    {
        unchecked
        {
            var baseWord = h * presenceWords;
            var wordIndex = node.Ordinal >> 6;
            var word = batch.Presence[baseWord + wordIndex];
            var bit = 1UL << (node.Ordinal & 63);
            if ((word & bit) == 0)
            {
                return false;
            }

            // The rank of the indicator among the household's present indicators locates its run of signals.
            var rank = BitOperations.PopCount(word & (bit - 1));
            for (var w = 0; w < wordIndex; w++)
            {
                rank += BitOperations.PopCount(batch.Presence[baseWord + w]);
            }

            var pair = batch.PairOffset[h] + rank;
            var end = batch.RunStart[pair + 1];
            var ages = batch.Ages;
            var values = batch.Values;
            for (var s = batch.RunStart[pair]; s < end; s++)
            {
                var v = values[s];
                if (ages[s] <= node.MaxAge && v >= node.Low && v <= node.High)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
