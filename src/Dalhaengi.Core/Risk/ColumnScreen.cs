using System.Runtime.Intrinsics;

namespace Dalhaengi.Core.Risk;

/// <summary>
/// The rules of a compiled rule set that can be evaluated across households from a batch's columns
/// (<see cref="BatchColumns"/>): threshold rules on a column indicator, and <c>all</c> / <c>any</c> /
/// <c>at-least</c> combinations of those, household facts and month tests. It adds, for a chunk of up to
/// <see cref="Chunk"/> households, each rule's points and forced tier where it holds, 16 (or 8, or 1) households per
/// instruction and without a branch per rule or household.
/// </summary>
/// <remarks>
/// One instance per (program, set of column indicators), built on the first batch with that set and then reused.
/// It also adds the single-fact rules that the per-household path folds into <see cref="PredicateRuleTable"/>, from
/// a fact column. The remaining rules (on indicators without a column, or nested deeper than
/// <see cref="MaxDepth"/>) are added per household by <see cref="RiskProgram"/>, which also screens the households
/// the columns do not hold exactly.
/// </remarks>
internal sealed unsafe class ColumnScreen
{
    /// <summary>Households per chunk: the score, tier and mask scratch of a chunk stays in the first-level cache.</summary>
    internal const int Chunk = 256;

    /// <summary>The deepest combination evaluated here (each level needs a chunk of scratch).</summary>
    internal const int MaxDepth = 4;

    /// <summary>Scratch ints a chunk needs: score, forced tiers and one mask per level.</summary>
    internal const int ScratchInts = Chunk * (MaxDepth + 3);

    // Threshold rules in three groups, so the common cases do less per vector: presence within a window without a
    // forced tier, a value test without a forced tier, and the rest (red flags).
    private readonly Threshold[] _recent;
    private readonly Threshold[] _values;
    private readonly Threshold[] _thresholds;
    private readonly Threshold[] _facts;
    private readonly int[] _combined;
    private readonly CompiledNode[] _nodes;
    private readonly int[] _children;
    private readonly int[] _roots;
    private readonly int[] _points;
    private readonly int[] _tierPlusOne;
    private readonly int[] _tierMinScores;
    private readonly ColumnWidth _width;

    private ColumnScreen(ulong mask, ulong rules, Threshold[] thresholds, Threshold[] facts, int[] combined, CompiledNode[] nodes, int[] children, int[] roots, int[] points, int[] tierPlusOne, int[] tierMinScores, ColumnWidth width)
    {
        Mask = mask;
        Rules = rules;
        _recent = [.. thresholds.Where(t => t.TierPlusOne == 0 && float.IsNegativeInfinity(t.Low) && float.IsPositiveInfinity(t.High))];
        _values = [.. thresholds.Where(t => t.TierPlusOne == 0 && !(float.IsNegativeInfinity(t.Low) && float.IsPositiveInfinity(t.High)))];
        _thresholds = [.. thresholds.Where(t => t.TierPlusOne != 0)];
        _facts = facts;
        _combined = combined;
        _nodes = nodes;
        _children = children;
        _roots = roots;
        _points = points;
        _tierPlusOne = tierPlusOne;
        _tierMinScores = tierMinScores;
        _width = width;
    }

    /// <summary>The column indicators this screen was built for.</summary>
    internal ulong Mask { get; }

    /// <summary>The candidate rules evaluated here, as bits of the rule index (the folded single-fact rules are always evaluated here too).</summary>
    internal ulong Rules { get; }

    /// <summary>The widest vector path the machine runs natively.</summary>
    internal static ColumnWidth Native =>
        Vector512.IsHardwareAccelerated ? ColumnWidth.Vector512 : Vector256.IsHardwareAccelerated ? ColumnWidth.Vector256 : ColumnWidth.Scalar;

    /// <summary>Selects the rules the columns can evaluate: candidates are the rules not folded into the predicate table, the others are single-fact rules.</summary>
    internal static ColumnScreen Build(CompiledNode[] nodes, int[] children, int[] roots, int[] points, int[] minTier, int[] tierMinScores, ulong candidates, ulong mask, ColumnWidth width)
    {
        var thresholds = new List<Threshold>();
        var facts = new List<Threshold>();
        var combined = new List<int>();
        var tierPlusOne = new int[roots.Length];
        ulong rules = 0;
        for (var r = 0; r < roots.Length; r++)
        {
            // A forced tier t is accumulated as t + 1 with a maximum, so 0 means none.
            tierPlusOne[r] = minTier[r] + 1;
            ref readonly var node = ref nodes[roots[r]];
            if ((candidates & (1UL << r)) == 0)
            {
                // Folded into the predicate table on the per-household path; a fact mask across households here.
                facts.Add(new Threshold((int)node.Mask, 0, 0, 0, points[r], tierPlusOne[r]));
                continue;
            }

            if (!Columnar(nodes, children, roots[r], mask, 0))
            {
                continue;
            }

            rules |= 1UL << r;
            if (node.Kind == NodeKind.Indicator)
            {
                thresholds.Add(Threshold.Of(in node, mask, points[r], tierPlusOne[r]));
            }
            else
            {
                combined.Add(r);
            }
        }

        return new ColumnScreen(mask, rules, [.. thresholds], [.. facts], [.. combined], nodes, children, roots, points, tierPlusOne, tierMinScores, width == ColumnWidth.Native ? Native : width);
    }

    /// <summary>
    /// Sets <paramref name="score"/> and <paramref name="tiers"/> of households [first, first + count) (first a
    /// multiple of <see cref="BatchColumns.Lanes"/>, count ≤ <see cref="Chunk"/>) to the points of the rules
    /// evaluated here and either the forced tier (-1 for none) or, when <paramref name="complete"/> (no rule is
    /// left to the per-household path), the final tier.
    /// </summary>
    internal void Run(BatchColumns columns, int first, int count, uint monthBit, bool complete, int* score, int* tiers, int* scratch)
    {
        switch (_width)
        {
            case ColumnWidth.Vector512:
                Run<Lanes512, Vector512<float>, Vector512<int>>(columns, first, count, monthBit, complete, score, tiers, scratch);
                break;
            case ColumnWidth.Vector256:
                Run<Lanes256, Vector256<float>, Vector256<int>>(columns, first, count, monthBit, complete, score, tiers, scratch);
                break;
            default:
                Run<Lanes1, float, int>(columns, first, count, monthBit, complete, score, tiers, scratch);
                break;
        }
    }

    private static bool Columnar(CompiledNode[] nodes, int[] children, int index, ulong mask, int depth)
    {
        ref readonly var node = ref nodes[index];
        switch (node.Kind)
        {
            case NodeKind.Indicator:
                return (mask & (1UL << node.Ordinal)) != 0;
            case NodeKind.Household:
            case NodeKind.AsOfMonth:
                return true;
            default:
                if (depth >= MaxDepth)
                {
                    return false;
                }

                for (var c = 0; c < node.ChildCount; c++)
                {
                    if (!Columnar(nodes, children, children[node.FirstChild + c], mask, depth + 1))
                    {
                        return false;
                    }
                }

                return true;
        }
    }

    private void Run<TL, TF, TI>(BatchColumns columns, int first, int count, uint monthBit, bool complete, int* score, int* tiers, int* scratch)
        where TL : struct, IColumnLanes<TF, TI>
        where TF : struct
        where TI : struct
    {
        unchecked
        {
            var w = TL.Count;
            var zero = TL.Splat(0);
            fixed (float* values = columns.Values)
            fixed (ushort* ages = columns.Ages)
            fixed (uint* facts = columns.Facts)
            fixed (Threshold* recent = _recent)
            fixed (Threshold* valued = _values)
            fixed (Threshold* thresholds = _thresholds)
            fixed (Threshold* factRules = _facts)
            {
                // Every threshold rule for a vector of households at a time, the sums kept in registers: a block's
                // columns are contiguous, so this reads memory in one sequential run.
                for (var i = 0; i < count; i += w)
                {
                    var h = first + i;
                    var cell = columns.Cell(0, h);
                    var sum = zero;
                    var forced = zero;
                    for (var k = 0; k < _recent.Length; k++)
                    {
                        ref readonly var t = ref recent[k];
                        sum = TL.Add(sum, TL.And(TL.Recent(TL.LoadAges(ages + cell + t.Column), TL.Splat(t.MaxAge)), TL.Splat(t.Points)));
                    }

                    for (var k = 0; k < _values.Length; k++)
                    {
                        ref readonly var t = ref valued[k];
                        var at = cell + t.Column;
                        var hit = TL.Holds(TL.LoadValues(values + at), TL.LoadAges(ages + at), TL.Splat(t.Low), TL.Splat(t.High), TL.Splat(t.MaxAge));
                        sum = TL.Add(sum, TL.And(hit, TL.Splat(t.Points)));
                    }

                    for (var k = 0; k < _thresholds.Length; k++)
                    {
                        ref readonly var t = ref thresholds[k];
                        var at = cell + t.Column;
                        var hit = TL.Holds(TL.LoadValues(values + at), TL.LoadAges(ages + at), TL.Splat(t.Low), TL.Splat(t.High), TL.Splat(t.MaxAge));
                        sum = TL.Add(sum, TL.And(hit, TL.Splat(t.Points)));
                        forced = TL.Max(forced, TL.And(hit, TL.Splat(t.TierPlusOne)));
                    }

                    for (var k = 0; k < _facts.Length; k++)
                    {
                        ref readonly var t = ref factRules[k];
                        var hit = TL.LoadFacts(facts + h, TL.Splat(t.Column));
                        sum = TL.Add(sum, TL.And(hit, TL.Splat(t.Points)));
                        forced = TL.Max(forced, TL.And(hit, TL.Splat(t.TierPlusOne)));
                    }

                    TL.Store(score + i, sum);
                    TL.Store(tiers + i, forced);
                }

                var frame = new Frame(values, ages, facts, columns, first, count, monthBit);
                foreach (var r in _combined)
                {
                    Evaluate<TL, TF, TI>(in frame, _roots[r], scratch, scratch + Chunk);
                    var (points, tier) = (TL.Splat(_points[r]), TL.Splat(_tierPlusOne[r]));
                    for (var i = 0; i < count; i += w)
                    {
                        var hit = TL.Load(scratch + i);
                        TL.Store(score + i, TL.Add(TL.Load(score + i), TL.And(hit, points)));
                        TL.Store(tiers + i, TL.Max(TL.Load(tiers + i), TL.And(hit, tier)));
                    }
                }

                // Back from t + 1 to t (-1 for none); when nothing is left to add, the tier the score reaches too:
                // tiers have strictly increasing minimum scores, so it is the number of tiers above the first reached.
                var one = TL.Splat(1);
                for (var i = 0; i < count; i += w)
                {
                    var forced = TL.Add(TL.Load(tiers + i), TL.Splat(-1));
                    if (complete)
                    {
                        var sum = TL.Load(score + i);
                        var tier = zero;
                        for (var t = 1; t < _tierMinScores.Length; t++)
                        {
                            tier = TL.Add(tier, TL.And(TL.AtLeast(sum, TL.Splat(_tierMinScores[t])), one));
                        }

                        forced = TL.Max(forced, tier);
                    }

                    TL.Store(tiers + i, forced);
                }
            }
        }
    }

    // Writes the node's mask (-1 where it holds) for the chunk into dst; next is scratch for the children.
    private void Evaluate<TL, TF, TI>(in Frame f, int index, int* dst, int* next)
        where TL : struct, IColumnLanes<TF, TI>
        where TF : struct
        where TI : struct
    {
        unchecked
        {
            var w = TL.Count;
            ref readonly var node = ref _nodes[index];
            switch (node.Kind)
            {
                case NodeKind.Indicator:
                    var t = Threshold.Of(in node, Mask, 0, 0);
                    var (low, high, maxAge) = (TL.Splat(t.Low), TL.Splat(t.High), TL.Splat(t.MaxAge));
                    for (var i = 0; i < f.Count; i += w)
                    {
                        var at = f.Columns.Cell(0, f.First + i) + t.Column;
                        TL.Store(dst + i, TL.Holds(TL.LoadValues(f.Values + at), TL.LoadAges(f.Ages + at), low, high, maxAge));
                    }

                    return;
                case NodeKind.Household:
                    var m = TL.Splat((int)node.Mask);
                    for (var i = 0; i < f.Count; i += w)
                    {
                        TL.Store(dst + i, TL.LoadFacts(f.Facts + f.First + i, m));
                    }

                    return;
                case NodeKind.AsOfMonth:
                    var month = TL.Splat((node.Mask & f.MonthBit) != 0 ? -1 : 0);
                    for (var i = 0; i < f.Count; i += w)
                    {
                        TL.Store(dst + i, month);
                    }

                    return;
                case NodeKind.All:
                    Evaluate<TL, TF, TI>(in f, _children[node.FirstChild], dst, next);
                    for (var c = 1; c < node.ChildCount; c++)
                    {
                        Evaluate<TL, TF, TI>(in f, _children[node.FirstChild + c], next, next + Chunk);
                        for (var i = 0; i < f.Count; i += w)
                        {
                            TL.Store(dst + i, TL.And(TL.Load(dst + i), TL.Load(next + i)));
                        }
                    }

                    return;
                default:
                    // Any is "at least 1": count the children that hold (a mask is -1, so subtract it), then compare.
                    var one = TL.Splat(1);
                    for (var i = 0; i < f.Count; i += w)
                    {
                        TL.Store(dst + i, TL.Splat(0));
                    }

                    for (var c = 0; c < node.ChildCount; c++)
                    {
                        Evaluate<TL, TF, TI>(in f, _children[node.FirstChild + c], next, next + Chunk);
                        for (var i = 0; i < f.Count; i += w)
                        {
                            TL.Store(dst + i, TL.Add(TL.Load(dst + i), TL.And(TL.Load(next + i), one)));
                        }
                    }

                    var needed = TL.Splat(node.Needed);
                    for (var i = 0; i < f.Count; i += w)
                    {
                        TL.Store(dst + i, TL.AtLeast(TL.Load(dst + i), needed));
                    }

                    return;
            }
        }
    }

    /// <summary>
    /// One threshold test in column form: the column's offset in a block, the double interval narrowed to the floats
    /// inside it (exact for float values), the window, the points and the forced tier + 1. For a single-fact rule
    /// <see cref="Column"/> holds the fact mask instead.
    /// </summary>
    private readonly record struct Threshold(int Column, float Low, float High, int MaxAge, int Points, int TierPlusOne)
    {
        internal static Threshold Of(in CompiledNode node, ulong mask, int points, int tierPlusOne) =>
            new(BatchColumns.ColumnOf(mask, node.Ordinal) * BatchColumns.Lanes, CeilingFloat(node.Low), FloorFloat(node.High), Math.Min(node.MaxAge, BatchColumns.MaxAge), points, tierPlusOne);

        // The smallest float ≥ d: for a float v, v ≥ d exactly when v ≥ CeilingFloat(d).
        private static float CeilingFloat(double d)
        {
            var f = (float)d;
            return f < d ? MathF.BitIncrement(f) : f;
        }

        // The largest float ≤ d.
        private static float FloorFloat(double d)
        {
            var f = (float)d;
            return f > d ? MathF.BitDecrement(f) : f;
        }
    }

    private readonly struct Frame(float* values, ushort* ages, uint* facts, BatchColumns columns, int first, int count, uint monthBit)
    {
        public readonly float* Values = values;
        public readonly ushort* Ages = ages;
        public readonly uint* Facts = facts;
        public readonly BatchColumns Columns = columns;
        public readonly int First = first;
        public readonly int Count = count;
        public readonly uint MonthBit = monthBit;
    }
}
