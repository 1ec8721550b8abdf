using System.Runtime.CompilerServices;
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
internal sealed unsafe partial class ColumnScreen
{
    /// <summary>Households per chunk: the score, tier and mask scratch of a chunk stays in the first-level cache.</summary>
    internal const int Chunk = 256;

    /// <summary>The deepest combination evaluated here (each level needs a chunk of scratch).</summary>
    internal const int MaxDepth = 4;

    /// <summary>Scratch ints a chunk needs: score, forced tiers and one mask per level.</summary>
    internal const int ScratchInts = Chunk * (MaxDepth + 3);

    // Kinds of test by (value cells, age cells): value 0 none, 1 byte, 2 16-bit, 3 float; age 0 none, 1 byte,
    // 2 16-bit; kind = value * 3 + age. Kind 0 (no test at all) is a rule that holds for no household of the batch.
    private const int Kinds = 12;

    // The threshold rules without a forced tier, sorted by kind (kind k is [_start[k], _start[k + 1])), so each kind
    // is tested in its own loop with no branch per rule; those with a forced tier (red flags, few) in another.
    private readonly Test[] _tests;
    private readonly int[] _start;
    private readonly Test[] _forcedTests;
    private readonly Threshold[] _facts;
    private readonly int[] _combined;
    private readonly CompiledNode[] _nodes;
    private readonly int[] _children;
    private readonly int[] _roots;
    private readonly int[] _points;
    private readonly int[] _tierPlusOne;
    private readonly int[] _tierMinScores;
    private readonly ColumnWidth _width;

    private ColumnScreen(ColumnLayout layout, ulong rules, Test[] tests, Threshold[] facts, int[] combined, CompiledNode[] nodes, int[] children, int[] roots, int[] points, int[] tierPlusOne, int[] tierMinScores, ColumnWidth width)
    {
        Layout = layout;
        Rules = rules;
        _tests = [.. tests.Where(t => t.TierPlusOne == 0 && t.Kind != 0).OrderBy(t => t.Kind)];
        _start = new int[Kinds + 1];
        for (var k = 0; k < Kinds; k++)
        {
            _start[k + 1] = _start[k] + _tests.Count(t => t.Kind == k);
        }

        _forcedTests = [.. tests.Where(t => t.TierPlusOne != 0 && t.Kind != 0)];
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

    /// <summary>The column layout this screen was built for.</summary>
    internal ColumnLayout Layout { get; }

    /// <summary>The column indicators this screen was built for.</summary>
    internal ulong Mask => Layout.Mask;

    /// <summary>The candidate rules evaluated here, as bits of the rule index (the folded single-fact rules are always evaluated here too).</summary>
    internal ulong Rules { get; }

    /// <summary>The widest vector path the machine runs natively.</summary>
    internal static ColumnWidth Native =>
        Vector512.IsHardwareAccelerated ? ColumnWidth.Vector512 : Vector256.IsHardwareAccelerated ? ColumnWidth.Vector256 : ColumnWidth.Scalar;

    /// <summary>Selects the rules the columns can evaluate exactly: candidates are the rules not folded into the predicate table, the others are single-fact rules.</summary>
    internal static ColumnScreen Build(CompiledNode[] nodes, int[] children, int[] roots, int[] points, int[] minTier, int[] tierMinScores, ulong candidates, ColumnLayout layout, ColumnWidth width)
    {
        var tests = new List<Test>();
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
                facts.Add(new Threshold((int)node.Mask, points[r], tierPlusOne[r]));
                continue;
            }

            if (!Columnar(nodes, children, roots[r], layout, 0))
            {
                continue;
            }

            rules |= 1UL << r;
            if (node.Kind == NodeKind.Indicator)
            {
                tests.Add(Test.Of(in node, layout, points[r], tierPlusOne[r])!.Value);
            }
            else
            {
                combined.Add(r);
            }
        }

        return new ColumnScreen(layout, rules, [.. tests], [.. facts], [.. combined], nodes, children, roots, points, tierPlusOne, tierMinScores, width == ColumnWidth.Native ? Native : width);
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

    private static bool Columnar(CompiledNode[] nodes, int[] children, int index, ColumnLayout layout, int depth)
    {
        ref readonly var node = ref nodes[index];
        switch (node.Kind)
        {
            case NodeKind.Indicator:
                return Test.Of(in node, layout, 0, 0) is not null;
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
                    if (!Columnar(nodes, children, children[node.FirstChild + c], layout, depth + 1))
                    {
                        return false;
                    }
                }

                return true;
        }
    }

    // Straight to optimised code: a batch is often screened once, and tier-0 vector code is many times slower.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Run<TL, TF, TI>(BatchColumns columns, int first, int count, uint monthBit, bool complete, int* score, int* tiers, int* scratch)
        where TL : struct, IColumnLanes<TF, TI>
        where TF : struct
        where TI : struct
    {
        unchecked
        {
            var w = TL.Count;
            var zero = TL.Splat(0);
            var blockBytes = Layout.BlockBytes;
            fixed (byte* cells = columns.Cells)
            fixed (Test* tests = _tests)
            fixed (int* start = _start)
            fixed (Test* forcedTests = _forcedTests)
            fixed (Threshold* factRules = _facts)
            {
                var origin = cells + columns.Start;
                // Every threshold rule for a vector of households at a time, the sums kept in registers: a block's
                // columns are contiguous, so this reads memory in one sequential run.
                for (var i = 0; i < count; i += w)
                {
                    var h = first + i;
                    var block = origin + ((long)(h / BatchColumns.Lanes) * blockBytes);
                    var lane = h % BatchColumns.Lanes;
                    var sum = zero;
                    var forced = zero;
                    AddAll<TL, TF, TI, NoValue, ByteAge>(tests, start, 1, block, lane, ref sum);
                    AddAll<TL, TF, TI, NoValue, UShortAge>(tests, start, 2, block, lane, ref sum);
                    AddAll<TL, TF, TI, ByteValue, NoAge>(tests, start, 3, block, lane, ref sum);
                    AddAll<TL, TF, TI, ByteValue, ByteAge>(tests, start, 4, block, lane, ref sum);
                    AddAll<TL, TF, TI, ByteValue, UShortAge>(tests, start, 5, block, lane, ref sum);
                    AddAll<TL, TF, TI, UShortValue, NoAge>(tests, start, 6, block, lane, ref sum);
                    AddAll<TL, TF, TI, UShortValue, ByteAge>(tests, start, 7, block, lane, ref sum);
                    AddAll<TL, TF, TI, UShortValue, UShortAge>(tests, start, 8, block, lane, ref sum);
                    AddAll<TL, TF, TI, FloatValue, NoAge>(tests, start, 9, block, lane, ref sum);
                    AddAll<TL, TF, TI, FloatValue, ByteAge>(tests, start, 10, block, lane, ref sum);
                    AddAll<TL, TF, TI, FloatValue, UShortAge>(tests, start, 11, block, lane, ref sum);
                    for (var k = 0; k < _forcedTests.Length; k++)
                    {
                        ref readonly var t = ref forcedTests[k];
                        var hit = HitOf<TL, TF, TI>(block, lane, in t);
                        sum = TL.Add(sum, TL.And(hit, TL.Splat(t.Points)));
                        forced = TL.Max(forced, TL.And(hit, TL.Splat(t.TierPlusOne)));
                    }

                    var facts = block + ColumnLayout.FactsOffset + (lane * sizeof(uint));
                    for (var k = 0; k < _facts.Length; k++)
                    {
                        ref readonly var t = ref factRules[k];
                        var hit = TL.LoadFacts(facts, TL.Splat(t.Mask));
                        sum = TL.Add(sum, TL.And(hit, TL.Splat(t.Points)));
                        forced = TL.Max(forced, TL.And(hit, TL.Splat(t.TierPlusOne)));
                    }

                    TL.Store(score + i, sum);
                    TL.Store(tiers + i, forced);
                }

                var frame = new Frame(origin, blockBytes, first, count, monthBit);
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

    // The tests of one kind, the kind's cell loads and compares specialised by the JIT.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddAll<TL, TF, TI, TV, TA>(Test* tests, int* start, int kind, byte* block, int lane, ref TI sum)
        where TL : struct, IColumnLanes<TF, TI>
        where TF : struct
        where TI : struct
        where TV : struct, IValueTest
        where TA : struct, IAgeTest
    {
        unchecked
        {
            for (var k = start[kind]; k < start[kind + 1]; k++)
            {
                ref readonly var t = ref tests[k];
                sum = TL.Add(sum, TL.And(Hit<TL, TF, TI, TV, TA>(block, lane, in t), TL.Splat(t.Points)));
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TI Hit<TL, TF, TI, TV, TA>(byte* block, int lane, in Test t)
        where TL : struct, IColumnLanes<TF, TI>
        where TF : struct
        where TI : struct
        where TV : struct, IValueTest
        where TA : struct, IAgeTest
    {
        if (!TV.Active)
        {
            return TA.Hit<TL, TF, TI>(block, lane, in t);
        }

        return TA.Active ? TL.And(TV.Hit<TL, TF, TI>(block, lane, in t), TA.Hit<TL, TF, TI>(block, lane, in t)) : TV.Hit<TL, TF, TI>(block, lane, in t);
    }

    // One test of any kind (the forced-tier rules and combinations, where a branch on the kind is cheap).
    private static TI HitOf<TL, TF, TI>(byte* block, int lane, in Test t)
        where TL : struct, IColumnLanes<TF, TI>
        where TF : struct
        where TI : struct => t.Kind switch
        {
            1 => Hit<TL, TF, TI, NoValue, ByteAge>(block, lane, in t),
            2 => Hit<TL, TF, TI, NoValue, UShortAge>(block, lane, in t),
            3 => Hit<TL, TF, TI, ByteValue, NoAge>(block, lane, in t),
            4 => Hit<TL, TF, TI, ByteValue, ByteAge>(block, lane, in t),
            5 => Hit<TL, TF, TI, ByteValue, UShortAge>(block, lane, in t),
            6 => Hit<TL, TF, TI, UShortValue, NoAge>(block, lane, in t),
            7 => Hit<TL, TF, TI, UShortValue, ByteAge>(block, lane, in t),
            8 => Hit<TL, TF, TI, UShortValue, UShortAge>(block, lane, in t),
            9 => Hit<TL, TF, TI, FloatValue, NoAge>(block, lane, in t),
            10 => Hit<TL, TF, TI, FloatValue, ByteAge>(block, lane, in t),
            11 => Hit<TL, TF, TI, FloatValue, UShortAge>(block, lane, in t),
            _ => TL.Splat(0),
        };

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
                    var t = Test.Of(in node, Layout, 0, 0)!.Value;
                    for (var i = 0; i < f.Count; i += w)
                    {
                        var h = f.First + i;
                        TL.Store(dst + i, HitOf<TL, TF, TI>(f.Origin + ((long)(h / BatchColumns.Lanes) * f.BlockBytes), h % BatchColumns.Lanes, in t));
                    }

                    return;
                case NodeKind.Household:
                    var m = TL.Splat((int)node.Mask);
                    for (var i = 0; i < f.Count; i += w)
                    {
                        var h = f.First + i;
                        var facts = f.Origin + ((long)(h / BatchColumns.Lanes) * f.BlockBytes) + ColumnLayout.FactsOffset + (h % BatchColumns.Lanes * sizeof(uint));
                        TL.Store(dst + i, TL.LoadFacts(facts, m));
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

    /// <summary>A single-fact rule across households: the fact mask, the points and the forced tier + 1.</summary>
    private readonly record struct Threshold(int Mask, int Points, int TierPlusOne);

    private readonly struct Frame(byte* origin, int blockBytes, int first, int count, uint monthBit)
    {
        public readonly byte* Origin = origin;
        public readonly int BlockBytes = blockBytes;
        public readonly int First = first;
        public readonly int Count = count;
        public readonly uint MonthBit = monthBit;
    }
}
