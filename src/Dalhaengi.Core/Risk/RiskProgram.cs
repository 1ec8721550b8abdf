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
internal sealed unsafe class RiskProgram(
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
    PredicateRuleTable predicateRules,
    ThresholdKernel? kernel = null,
    ulong candidateRules = 0,
    ColumnWidth columnWidth = ColumnWidth.Off)
{
    // Up to 64 rules and 64 catalog indicators, candidates and presence fit one word each: the narrow path keeps
    // them in registers (no scratch span, no copy, no loops over words).
    private readonly bool _narrow = ruleWords == 1 && presenceWords == 1;
    private readonly ulong _always0 = always[0];

    // With the threshold kernel, the other candidate rules come from these: per ordinal, the triggered rules the
    // kernel does not evaluate; per such rule, the ordinals that trigger it (walked when the household has many).
    private readonly ulong[] _restTriggers = kernel is null ? [] : [.. indicatorTriggers.Select(t => t & ~(kernel?.RuleMask ?? 0))];
    private readonly int[] _restRules = kernel is null ? [] : RestRules(indicatorTriggers, ~kernel.RuleMask);
    private readonly ulong[] _restOrdinals = kernel is null ? [] : RestOrdinals(indicatorTriggers, ~kernel.RuleMask);

    // The column screen for the last set of column indicators seen; batches of one population share it.
    private ColumnPlan? _plan;

    internal int RuleWords => ruleWords;

    /// <summary>The vector kernel for threshold rules, or <see langword="null"/> when it does not apply.</summary>
    internal ThresholdKernel? Kernel => kernel;

    /// <summary>Screens households [start, start + results.Length) of a batch; <paramref name="candidates"/> is scratch of <see cref="RuleWords"/> words.</summary>
    internal void Run(HouseholdBatch batch, int start, Span<RiskScore> results, Span<ulong> candidates)
    {
        var monthBit = 1u << batch.AsOf.Month;
        if (_narrow)
        {
            if (batch.Columns is { } columns && columnWidth != ColumnWidth.Off && PlanFor(columns.Layout) is { } plan)
            {
                RunColumns(batch, columns, plan, start, results, monthBit);
                return;
            }

            fixed (double* values = batch.Values)
            fixed (int* ages = batch.Ages)
            {
                for (var i = 0; i < results.Length; i++)
                {
                    results[i] = Narrow(batch, start + i, monthBit, values, ages);
                }
            }

            return;
        }

        for (var i = 0; i < results.Length; i++)
        {
            results[i] = Wide(batch, start + i, monthBit, candidates);
        }
    }

    internal RiskScore One(HouseholdBatch batch, int h, uint monthBit, Span<ulong> candidates)
    {
        if (!_narrow)
        {
            return Wide(batch, h, monthBit, candidates);
        }

        fixed (double* values = batch.Values)
        fixed (int* ages = batch.Ages)
        {
            return Narrow(batch, h, monthBit, values, ages);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private RiskScore Narrow(HouseholdBatch batch, int h, uint monthBit, double* values, int* ages)
    {
        unchecked
        {
            var candidates = _always0;
            var present = batch.Presence[h];
            var score = 0;
            var forced = -1;
            if (kernel is not null && present != 0 && OneSignalEach(batch, h, present, out var first))
            {
                kernel.Apply(present, values + first, ages + first, ref score, ref forced);
                if (BitOperations.PopCount(present) <= _restRules.Length)
                {
                    for (var bits = present; bits != 0; bits &= bits - 1)
                    {
                        candidates |= _restTriggers[BitOperations.TrailingZeroCount(bits)];
                    }
                }
                else
                {
                    for (var k = 0; k < _restRules.Length; k++)
                    {
                        candidates |= (present & _restOrdinals[k]) != 0 ? 1UL << _restRules[k] : 0;
                    }
                }
            }
            else
            {
                for (var bits = present; bits != 0; bits &= bits - 1)
                {
                    candidates |= indicatorTriggers[BitOperations.TrailingZeroCount(bits)];
                }
            }

            var facts = batch.Predicates[h];
            for (var bits = facts & usedPredicates; bits != 0; bits &= bits - 1)
            {
                candidates |= predicateTriggers[BitOperations.TrailingZeroCount(bits)];
            }

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

    private ColumnPlan? PlanFor(ColumnLayout layout)
    {
        var plan = _plan;
        if (plan is null || !plan.Layout.Equals(layout))
        {
            var screen = ColumnScreen.Build(nodes, children, roots, points, minTier, tierMinScores, candidateRules, layout, columnWidth);
            var rest = candidateRules & ~screen.Rules;
            ulong restOrdinals = 0;
            for (var o = 0; o < indicatorTriggers.Length; o++)
            {
                restOrdinals |= (indicatorTriggers[o] & rest) != 0 ? 1UL << o : 0;
            }

            uint restPredicates = 0;
            for (var p = 0; p < 32; p++)
            {
                restPredicates |= (usedPredicates & (1u << p)) != 0 && (predicateTriggers[p] & rest) != 0 ? 1u << p : 0;
            }

            // A screen with no rule would only add a pass: the per-household path is then the whole work anyway.
            plan = new ColumnPlan(layout, screen.Rules == 0 ? null : screen, rest, restOrdinals, restPredicates);
            _plan = plan;
        }

        return plan.Screen is null ? null : plan;
    }

    // Chunk by chunk: the column screen adds the rules it holds across households (the folded single-fact rules
    // included), then each household gets the rules left over, if any; households the columns do not hold take the
    // whole per-household path. Chunks start on a block boundary, before the range when it starts inside a block.
    private void RunColumns(HouseholdBatch batch, BatchColumns columns, ColumnPlan plan, int start, Span<RiskScore> results, uint monthBit)
    {
        unchecked
        {
            var screen = plan.Screen!;
            var complete = plan.Rest == 0;
            var fallback = columns.Fallback;
            var f = Array.BinarySearch(fallback, start);
            f = f < 0 ? ~f : f;
            var end = start + results.Length;
            Span<int> scratch = stackalloc int[ColumnScreen.ScratchInts];
            // A batch filled by columns holds its signals only as columns: read the per-household layout (and so
            // build it) only when a household or a rule needs it.
            var perHousehold = !complete || fallback.Length > 0;
            fixed (int* s = scratch)
            fixed (double* values = perHousehold ? batch.Values : null)
            fixed (int* ages = perHousehold ? batch.Ages : null)
            {
                const int chunk = ColumnScreen.Chunk;
                for (var first = start - (start % BatchColumns.Lanes); first < end; first += chunk)
                {
                    var n = Math.Min(chunk, end - first);
                    screen.Run(columns, first, n, monthBit, complete, s, s + chunk, s + (2 * chunk));
                    var from = Math.Max(first, start);
                    var nextFallback = f < fallback.Length ? fallback[f] : int.MaxValue;
                    for (var h = from; h < first + n; h++)
                    {
                        var i = h - first;
                        if (h == nextFallback)
                        {
                            results[h - start] = Narrow(batch, h, monthBit, values, ages);
                            nextFallback = ++f < fallback.Length ? fallback[f] : int.MaxValue;
                        }
                        else
                        {
                            results[h - start] = complete ? new RiskScore(s[i], s[chunk + i]) : Finish(batch, h, monthBit, plan, s[i], s[chunk + i]);
                        }
                    }
                }
            }
        }
    }

    // The rules the column screen left over, per household; the screen already added the folded single-fact rules.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private RiskScore Finish(HouseholdBatch batch, int h, uint monthBit, ColumnPlan plan, int score, int forced)
    {
        unchecked
        {
            var candidates = _always0 & plan.Rest;
            for (var bits = batch.Presence[h] & plan.RestOrdinals; bits != 0; bits &= bits - 1)
            {
                candidates |= indicatorTriggers[BitOperations.TrailingZeroCount(bits)] & plan.Rest;
            }

            for (var bits = batch.Predicates[h] & plan.RestPredicates; bits != 0; bits &= bits - 1)
            {
                candidates |= predicateTriggers[BitOperations.TrailingZeroCount(bits)] & plan.Rest;
            }

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

    // True when each present indicator has exactly one signal: its signals then sit in ordinal order from `first`.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool OneSignalEach(HouseholdBatch batch, int h, ulong present, out int first)
    {
        first = batch.RunStart[batch.PairOffset[h]];
        return batch.RunStart[batch.PairOffset[h + 1]] - first == BitOperations.PopCount(present);
    }

    private static int[] RestRules(ulong[] triggers, ulong rest) =>
        [.. Enumerable.Range(0, 64).Where(r => triggers.Any(t => (t & rest & (1UL << r)) != 0))];

    private static ulong[] RestOrdinals(ulong[] triggers, ulong rest) =>
        [.. RestRules(triggers, rest).Select(r => Enumerable.Range(0, triggers.Length).Aggregate(0UL, (m, o) => (triggers[o] & (1UL << r)) != 0 ? m | (1UL << o) : m))];

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

/// <summary>The column screen of one set of column indicators and what it leaves to the per-household path.</summary>
internal sealed record ColumnPlan(ColumnLayout Layout, ColumnScreen? Screen, ulong Rest, ulong RestOrdinals, uint RestPredicates);
