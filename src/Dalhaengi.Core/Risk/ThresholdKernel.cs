using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Dalhaengi.Core.Risk;

/// <summary>
/// The rules whose whole condition is one indicator test (a threshold rule: "gas cut off within 90 days", "3 or more
/// months of arrears"), evaluated eight indicators at a time with AVX-512 and no branch per rule, for households
/// whose every present indicator has exactly one signal (their signals are then in catalog order, one per bit).
/// </summary>
/// <remarks>
/// <para>
/// For each block of eight catalog ordinals, the household's signals of the block are expanded into eight lanes
/// (<c>vexpandpd</c>: lane <c>k</c> gets the value of ordinal <c>8b + k</c> when present), compared at once with the
/// interval and maximum age of the rule on each lane, and the points and forced tiers of the lanes that hold are
/// accumulated. An ordinal tested by several rules has one <em>layer</em> per rule. The result is the sum and the
/// maximum over exactly the rules that hold, as the rule-by-rule evaluation gives (the tests compare both).
/// </para>
/// <para>
/// Only for catalogs of at most 64 indicators and rule sets of at most 64 rules (the evaluator's narrow path), and
/// only on processors with AVX-512; elsewhere the evaluator uses its scalar path for every rule.
/// </para>
/// </remarks>
internal sealed unsafe class ThresholdKernel
{
    private static readonly Vector512<long> LaneBits = Vector512.Create(1L, 2, 4, 8, 16, 32, 64, 128);

    private readonly int _blocks;
    private readonly byte[] _layersInBlock;
    private readonly Vector512<double>[] _low;
    private readonly Vector512<double>[] _high;
    private readonly Vector512<long>[] _maxAge;
    private readonly Vector512<long>[] _points;
    private readonly Vector512<long>[] _tierBits;

    private ThresholdKernel(int blocks, byte[] layersInBlock, Vector512<double>[] low, Vector512<double>[] high, Vector512<long>[] maxAge, Vector512<long>[] points, Vector512<long>[] tierBits, ulong ruleMask)
    {
        _blocks = blocks;
        _layersInBlock = layersInBlock;
        _low = low;
        _high = high;
        _maxAge = maxAge;
        _points = points;
        _tierBits = tierBits;
        RuleMask = ruleMask;
    }

    /// <summary>The rules the kernel evaluates, as bits of the rule index.</summary>
    internal ulong RuleMask { get; }

    /// <summary>Collects the threshold rules; <see langword="null"/> when there are none or the processor lacks AVX-512.</summary>
    /// <param name="nodes">The compiled nodes.</param>
    /// <param name="roots">Each rule's root node.</param>
    /// <param name="points">Each rule's points (0 for a red flag).</param>
    /// <param name="minTier">Each rule's forced tier, -1 for none.</param>
    /// <param name="candidates">The rules that are evaluated per household (not folded into the predicate table).</param>
    /// <param name="catalogCount">The number of catalog indicators, at most 64.</param>
    internal static ThresholdKernel? Build(CompiledNode[] nodes, int[] roots, int[] points, int[] minTier, ulong candidates, int catalogCount)
    {
        if (!Avx512F.IsSupported || !Avx512F.VL.IsSupported || catalogCount > 64 || roots.Length > 64)
        {
            return null;
        }

        var byOrdinal = new List<int>[catalogCount];
        ulong mask = 0;
        for (var r = 0; r < roots.Length; r++)
        {
            if ((candidates & (1UL << r)) != 0 && nodes[roots[r]].Kind == NodeKind.Indicator)
            {
                (byOrdinal[nodes[roots[r]].Ordinal] ??= []).Add(r);
                mask |= 1UL << r;
            }
        }

        if (mask == 0)
        {
            return null;
        }

        var blocks = (catalogCount + 7) / 8;
        var layers = byOrdinal.Max(l => l?.Count ?? 0);
        var low = new double[layers * blocks * 8];
        var high = new double[low.Length];
        var maxAge = new long[low.Length];
        var pts = new long[low.Length];
        var tiers = new long[low.Length];
        Array.Fill(low, double.PositiveInfinity);
        Array.Fill(high, double.NegativeInfinity);
        Array.Fill(maxAge, -1);
        var layersInBlock = new byte[blocks];
        for (var o = 0; o < catalogCount; o++)
        {
            var rules = byOrdinal[o] ?? [];
            layersInBlock[o / 8] = (byte)Math.Max(layersInBlock[o / 8], rules.Count);
            for (var l = 0; l < rules.Count; l++)
            {
                ref readonly var node = ref nodes[roots[rules[l]]];
                var slot = (((l * blocks) + (o / 8)) * 8) + (o % 8);
                low[slot] = node.Low;
                high[slot] = node.High;
                maxAge[slot] = node.MaxAge;
                pts[slot] = points[rules[l]];

                // A forced tier t is bit t + 1, so "none" (-1) is 0 and the highest bit set gives the maximum.
                tiers[slot] = minTier[rules[l]] < 0 ? 0 : 1L << (minTier[rules[l]] + 1);
            }
        }

        return new ThresholdKernel(blocks, layersInBlock, Vectors(low), Vectors(high), Vectors(maxAge), Vectors(pts), Vectors(tiers), mask);
    }

    /// <summary>Adds the points of the threshold rules that hold and raises the forced tier.</summary>
    /// <param name="present">The household's presence bits.</param>
    /// <param name="values">The household's first signal value; one signal per present indicator, in ordinal order.</param>
    /// <param name="ages">The household's first signal age, likewise.</param>
    /// <param name="score">The score so far.</param>
    /// <param name="forced">The forced tier so far, -1 for none.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Apply(ulong present, double* values, int* ages, ref int score, ref int forced)
    {
        unchecked
        {
            var sum = Vector512<long>.Zero;
            var tiers = Vector512<long>.Zero;
            var offset = 0;
            for (var b = 0; b < _blocks; b++)
            {
                var m = (long)((present >> (b * 8)) & 0xFF);
                if (m == 0)
                {
                    continue;
                }

                var lanes = Vector512.Equals(Vector512.Create(m) & LaneBits, LaneBits);
                var v = Avx512F.ExpandLoad(values + offset, lanes.AsDouble(), Vector512<double>.Zero);
                var a = Avx512F.ConvertToVector512Int64(Avx512F.VL.ExpandLoad(ages + offset, Avx512F.ConvertToVector256Int32(lanes), Vector256<int>.Zero));
                offset += BitOperations.PopCount((ulong)m);
                for (var l = 0; l < _layersInBlock[b]; l++)
                {
                    var i = (l * _blocks) + b;
                    var hit = lanes
                        & Vector512.GreaterThanOrEqual(v, _low[i]).AsInt64()
                        & Vector512.LessThanOrEqual(v, _high[i]).AsInt64()
                        & Vector512.LessThanOrEqual(a, _maxAge[i]);
                    sum += hit & _points[i];
                    tiers |= hit & _tierBits[i];
                }
            }

            score += (int)Vector512.Sum(sum);
            var bits = (ulong)OrLanes(tiers);
            if (bits != 0)
            {
                forced = Math.Max(forced, 63 - BitOperations.LeadingZeroCount(bits) - 1);
            }
        }
    }

    private static long OrLanes(Vector512<long> v)
    {
        var x = v.GetLower() | v.GetUpper();
        var y = x.GetLower() | x.GetUpper();
        return y.GetElement(0) | y.GetElement(1);
    }

    private static Vector512<T>[] Vectors<T>(T[] values)
    {
        var result = new Vector512<T>[values.Length / 8];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Vector512.Create<T>(values.AsSpan(i * 8, 8));
        }

        return result;
    }
}
