using System.Runtime.CompilerServices;

namespace Dalhaengi.Core.Risk;

/// <summary>One indicator condition as a test on a column's cells, compiled for the cells' kinds.</summary>
internal sealed unsafe partial class ColumnScreen
{
    private interface IValueTest
    {
        static abstract bool Active { get; }

        static abstract TI Hit<TL, TF, TI>(byte* block, int lane, in Test t)
            where TL : struct, IColumnLanes<TF, TI>
            where TF : struct
            where TI : struct;
    }

    private interface IAgeTest
    {
        static abstract bool Active { get; }

        static abstract TI Hit<TL, TF, TI>(byte* block, int lane, in Test t)
            where TL : struct, IColumnLanes<TF, TI>
            where TF : struct
            where TI : struct;
    }

    /// <summary>
    /// One indicator condition on one column: the kind (value cells × 3 + age cells, see <see cref="Kinds"/>), the
    /// offsets of the column's value and age segments in a block, the interval in the value cells' terms (whole
    /// numbers for byte and 16-bit cells, the double interval narrowed to the floats inside it for float cells, both
    /// exact), the largest age that holds, the points and the forced tier + 1.
    /// </summary>
    private readonly record struct Test(int Kind, int ValueOffset, int AgeOffset, float LowF, float HighF, int Low, int High, int MaxAge, int Points, int TierPlusOne)
    {
        /// <summary>
        /// The test of an indicator node on a batch's layout, or <see langword="null"/> when the cells cannot decide it
        /// exactly (a window between 254 days and the oldest saturated byte age of the column). Kind 0: it holds for no
        /// household of the batch (a one-day column observed outside the window, an interval without a possible value).
        /// </summary>
        internal static Test? Of(in CompiledNode node, ColumnLayout layout, int points, int tierPlusOne)
        {
            var c = BatchColumns.ColumnOf(layout.Mask, node.Ordinal);
            if (c < 0)
            {
                return null;
            }

            var values = layout.ValueKinds[c];
            var ages = layout.AgeKinds[c];
            var window = node.MaxAge;
            var oldest = layout.MaxAge[c];
            var never = new Test(0, 0, 0, 0, 0, 0, 0, 0, points, tierPlusOne);

            // The age test: none when the window covers every cell of the column.
            var age = 0;
            var maxAge = 0;
            switch (ages)
            {
                case CellKind.None:
                    if (layout.OneAge[c] > window)
                    {
                        return never;
                    }

                    break;
                case CellKind.Byte:
                    if (window < oldest)
                    {
                        if (window >= BatchColumns.SaturatedAge)
                        {
                            return null;
                        }

                        (age, maxAge) = (1, window);
                    }

                    break;
                default:
                    if (window < oldest)
                    {
                        (age, maxAge) = (2, Math.Min(window, BatchColumns.MaxAge));
                    }

                    break;
            }

            var any = double.IsNegativeInfinity(node.Low) && double.IsPositiveInfinity(node.High);
            if (values == CellKind.None)
            {
                // One value for the column: the interval is decided here, the cells test only presence and age.
                var v = layout.Constant[c];
                if (!(v >= node.Low && v <= node.High))
                {
                    return never;
                }

                any = true;
            }

            if (any && age == 0)
            {
                // Presence only: an age cell below its empty marker, or (one age per column) a value cell.
                if (ages != CellKind.None)
                {
                    return new Test(ages == CellKind.Byte ? 1 : 2, 0, layout.AgeOffsets[c], 0, 0, 0, 0, ages == CellKind.Byte ? BatchColumns.SaturatedAge : BatchColumns.MaxAge, points, tierPlusOne);
                }
            }
            else if (any)
            {
                return new Test(age, 0, layout.AgeOffsets[c], 0, 0, 0, 0, maxAge, points, tierPlusOne);
            }

            // The value test, exact in the cells' terms; the empty markers (255, 65,535, NaN) fall outside it.
            var (low, high) = (0, 0);
            var (lowF, highF) = (0f, 0f);
            var value = values switch { CellKind.Byte => 1, CellKind.UShort => 2, _ => 3 };
            if (values == CellKind.Float)
            {
                (lowF, highF) = (CeilingFloat(node.Low), FloorFloat(node.High));
            }
            else
            {
                var top = values == CellKind.Byte ? byte.MaxValue - 1 : ushort.MaxValue - 1;
                var lowD = Math.Max(Math.Ceiling(node.Low), 0);
                var highD = Math.Min(Math.Floor(node.High), top);
                if (lowD > highD)
                {
                    return never;
                }

                (low, high) = ((int)lowD, (int)highD);
            }

            return new Test((value * 3) + age, layout.ValueOffsets[c], layout.AgeOffsets[c], lowF, highF, low, high, maxAge, points, tierPlusOne);
        }

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

    private readonly struct NoValue : IValueTest
    {
        public static bool Active => false;

        public static TI Hit<TL, TF, TI>(byte* block, int lane, in Test t)
            where TL : struct, IColumnLanes<TF, TI>
            where TF : struct
            where TI : struct => TL.Splat(-1);
    }

    private readonly struct ByteValue : IValueTest
    {
        public static bool Active => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static TI Hit<TL, TF, TI>(byte* block, int lane, in Test t)
            where TL : struct, IColumnLanes<TF, TI>
            where TF : struct
            where TI : struct => TL.InRange(TL.LoadBytes(block + t.ValueOffset + lane), TL.Splat(t.Low), TL.Splat(t.High));
    }

    private readonly struct UShortValue : IValueTest
    {
        public static bool Active => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static TI Hit<TL, TF, TI>(byte* block, int lane, in Test t)
            where TL : struct, IColumnLanes<TF, TI>
            where TF : struct
            where TI : struct => TL.InRange(TL.LoadUShorts(block + t.ValueOffset + (lane * 2)), TL.Splat(t.Low), TL.Splat(t.High));
    }

    private readonly struct FloatValue : IValueTest
    {
        public static bool Active => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static TI Hit<TL, TF, TI>(byte* block, int lane, in Test t)
            where TL : struct, IColumnLanes<TF, TI>
            where TF : struct
            where TI : struct => TL.InRange(TL.LoadFloats(block + t.ValueOffset + (lane * 4)), TL.Splat(t.LowF), TL.Splat(t.HighF));
    }

    private readonly struct NoAge : IAgeTest
    {
        public static bool Active => false;

        public static TI Hit<TL, TF, TI>(byte* block, int lane, in Test t)
            where TL : struct, IColumnLanes<TF, TI>
            where TF : struct
            where TI : struct => TL.Splat(-1);
    }

    private readonly struct ByteAge : IAgeTest
    {
        public static bool Active => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static TI Hit<TL, TF, TI>(byte* block, int lane, in Test t)
            where TL : struct, IColumnLanes<TF, TI>
            where TF : struct
            where TI : struct => TL.AtMost(TL.LoadBytes(block + t.AgeOffset + lane), TL.Splat(t.MaxAge));
    }

    private readonly struct UShortAge : IAgeTest
    {
        public static bool Active => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static TI Hit<TL, TF, TI>(byte* block, int lane, in Test t)
            where TL : struct, IColumnLanes<TF, TI>
            where TF : struct
            where TI : struct => TL.AtMost(TL.LoadUShorts(block + t.AgeOffset + (lane * 2)), TL.Splat(t.MaxAge));
    }
}
