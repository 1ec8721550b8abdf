using System.Numerics;
using System.Runtime.CompilerServices;

namespace Dalhaengi.Core.Risk;

/// <summary>
/// The columnar copy of a batch's common indicators: for each indicator that many households carry, one column of
/// values and one of ages over all households, each as narrow as its data allows (<see cref="CellKind"/>), so that
/// threshold rules can be tested across households sixteen at a time (<see cref="ColumnScreen"/>). The cells are
/// stored in blocks of <see cref="Lanes"/> households (block, then column, then household; <see cref="ColumnLayout"/>),
/// so screening a block reads one contiguous run of memory instead of one stream per column.
/// </summary>
/// <remarks>
/// <para>
/// Chosen when the batch is built: an indicator gets a column when at least <see cref="DefaultShare"/> of the
/// households carry it. Only for catalogs of at most 64 indicators (one presence word). A batch built by rows keeps
/// its per-household layout complete (explanations and the fallback path read it); one filled by columns builds it
/// from these cells on demand.
/// </para>
/// <para>
/// Screening is bound by the bytes it reads, so the cells are narrow: a flag or a count takes one byte and its age
/// one more (ages of a batch built by rows saturate at 254 days, exact for the windows up to 253 days that rule sets
/// use and for any window covering the column's oldest cell; a rule with a window between the two is screened per
/// household), and a column with one extract day stores no ages at all.
/// </para>
/// <para>
/// A household is screened from the columns only when the columns hold it exactly: for every column indicator it
/// carries, exactly one signal, whose value the column's cells represent exactly (and, for 16-bit ages, whose age is at
/// most <see cref="MaxAge"/> days). An indicator condition holds when <em>any</em> signal of the indicator satisfies
/// it, and one cell can hold one signal, so a household with several signals of one column indicator (or an inexact
/// value) is listed in <see cref="Fallback"/> and screened on the per-household path.
/// </para>
/// </remarks>
internal sealed unsafe class BatchColumns
{
    /// <summary>The share of households that must carry an indicator for it to get a column.</summary>
    internal const double DefaultShare = 0.3;

    /// <summary>The largest age a 16-bit age cell holds; 65,535 marks a household without the indicator.</summary>
    internal const int MaxAge = ushort.MaxValue - 1;

    /// <summary>The byte age that stands for every age of 254 days or more (byte ages of a batch built by rows).</summary>
    internal const int SaturatedAge = 254;

    /// <summary>Households per block: the lanes of the widest vector, so no vector crosses a block.</summary>
    internal const int Lanes = 16;

    internal BatchColumns(ColumnLayout layout, byte[] cells, int start, int[] fallback)
    {
        Layout = layout;
        Cells = cells;
        Start = start;
        Fallback = fallback;
    }

    /// <summary>The ordinals that have a column, as bits; column <c>c</c> is the <c>c</c>-th set bit.</summary>
    internal ulong Mask => Layout.Mask;

    /// <summary>Where each column's cells are in a block and how wide they are.</summary>
    internal ColumnLayout Layout { get; }

    /// <summary>The blocks, from <see cref="Start"/> (64-byte aligned; the array is pinned), padded with one spare block.</summary>
    internal byte[] Cells { get; }

    /// <summary>The offset of the first block in <see cref="Cells"/>.</summary>
    internal int Start { get; }

    /// <summary>The households the columns do not hold exactly, in ascending order.</summary>
    internal int[] Fallback { get; }

    /// <summary>The value marking an empty cell of a kind (as the cell's bits widened to <see langword="uint"/>).</summary>
    internal static uint Empty(CellKind kind) => kind switch
    {
        CellKind.Byte => byte.MaxValue,
        CellKind.UShort => ushort.MaxValue,
        _ => BitConverter.SingleToUInt32Bits(float.NaN),
    };

    /// <summary>The column of an ordinal, or -1.</summary>
    internal static int ColumnOf(ulong mask, int ordinal) =>
        (mask & (1UL << ordinal)) == 0 ? -1 : BitOperations.PopCount(mask & ((1UL << ordinal) - 1));

    /// <summary>The narrowest value kind that holds <paramref name="value"/> exactly (empty-cell markers excluded), or <see cref="CellKind.None"/> when not even a float does.</summary>
    internal static CellKind KindOf(double value) =>
        value >= 0 && value <= byte.MaxValue - 1 && value == Math.Floor(value) ? CellKind.Byte
        : value >= 0 && value <= ushort.MaxValue - 1 && value == Math.Floor(value) ? CellKind.UShort
        : (float)value == value ? CellKind.Float : CellKind.None;

    /// <summary>Allocates the blocks of <paramref name="households"/> households for a layout, pinned and 64-byte aligned, every cell empty.</summary>
    /// <remarks>Without <paramref name="clear"/> only the last two blocks are cleared: the caller writes every other cell.</remarks>
    internal static (byte[] Cells, int Start) Allocate(ColumnLayout layout, int households, int misalign = 0, bool clear = true)
    {
        var bytes = (long)Blocks(households) * layout.BlockBytes;
        var cells = GC.AllocateUninitializedArray<byte>(checked((int)(bytes + 64 + misalign)), pinned: true);
        fixed (byte* p = cells)
        {
            var start = (int)((64 - ((nint)p & 63)) & 63) + misalign;
            var blocks = Blocks(households);
            Clear(layout, cells, start, clear ? 0 : Math.Max(0, blocks - 2), blocks);
            return (cells, start);
        }
    }

    /// <summary>Whole blocks plus a spare one: a range may start anywhere and its last vector read past its end.</summary>
    internal static int Blocks(int households) => ((households + Lanes - 1) / Lanes) + 1;

    /// <summary>Reads a cell: <see langword="false"/> when the household does not carry the column's indicator there.</summary>
    internal bool TryRead(int column, int household, out double value, out int age)
    {
        var layout = Layout;
        var block = Start + ((long)(household / Lanes) * layout.BlockBytes);
        var lane = household % Lanes;
        ref var cells = ref Cells[0];
        var v = layout.ValueKinds[column];
        var at = block + layout.ValueOffsets[column] + (lane * (int)v);
        value = v switch
        {
            CellKind.None => layout.Constant[column],
            CellKind.Byte => Unsafe.Add(ref cells, (nint)at) is var b && b != byte.MaxValue ? b : double.NaN,
            CellKind.UShort => Unsafe.ReadUnaligned<ushort>(ref Unsafe.Add(ref cells, (nint)at)) is var u && u != ushort.MaxValue ? u : double.NaN,
            _ => Unsafe.ReadUnaligned<float>(ref Unsafe.Add(ref cells, (nint)at)),
        };
        var a = layout.AgeKinds[column];
        var ageAt = block + layout.AgeOffsets[column] + (lane * (int)a);
        age = a switch
        {
            CellKind.None => layout.OneAge[column],
            CellKind.Byte => Unsafe.Add(ref cells, (nint)ageAt),
            _ => Unsafe.ReadUnaligned<ushort>(ref Unsafe.Add(ref cells, (nint)ageAt)),
        };
        // A constant column's cell is filled when its age is (the empty markers: 255, 65,535).
        return v == CellKind.None ? age != (a == CellKind.Byte ? byte.MaxValue : ushort.MaxValue) : !double.IsNaN(value);
    }

    /// <summary>Chooses the column indicators of a finished per-household layout and fills their columns; <see langword="null"/> when none qualifies.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static BatchColumns? Build(
        int households, int words, uint[] predicates, ulong[] presence, int[] pairOffset, int[] runStart, double[] values, int[] ages, double share, ColumnCellOptions options)
    {
        if (words != 1 || households == 0)
        {
            return null;
        }

        Span<int> carriers = stackalloc int[64];
        for (var h = 0; h < households; h++)
        {
            for (var bits = presence[h]; bits != 0; bits &= bits - 1)
            {
                carriers[BitOperations.TrailingZeroCount(bits)]++;
            }
        }

        ulong mask = 0;
        for (var o = 0; o < 64; o++)
        {
            mask |= carriers[o] > 0 && carriers[o] >= share * households ? 1UL << o : 0;
        }

        if (mask == 0)
        {
            return null;
        }

        // First pass: the narrowest kind that holds every single-signal value of each column, and its oldest age.
        var columns = BitOperations.PopCount(mask);
        var valueKinds = new CellKind[columns];
        valueKinds.AsSpan().Fill(options.MinValue == CellKind.None ? CellKind.Byte : options.MinValue);
        // A column whose every value is one number (a flag recorded only when raised) keeps that number once.
        var constant = new double[columns];
        constant.AsSpan().Fill(double.NaN);
        var varies = new bool[columns];
        var maxAge = new int[columns];
        maxAge.AsSpan().Fill(-1);
        for (var h = 0; h < households; h++)
        {
            var pair = pairOffset[h];
            for (var bits = presence[h]; bits != 0; bits &= bits - 1, pair++)
            {
                var ordinal = BitOperations.TrailingZeroCount(bits);
                var s = runStart[pair];
                if ((mask & (1UL << ordinal)) != 0 && runStart[pair + 1] - s == 1)
                {
                    var column = ColumnOf(mask, ordinal);
                    var kind = KindOf(values[s]);
                    valueKinds[column] = (CellKind)Math.Max((int)valueKinds[column], kind == CellKind.None ? (int)CellKind.Float : (int)kind);
                    varies[column] |= !double.IsNaN(constant[column]) && constant[column] != values[s];
                    constant[column] = values[s];
                    maxAge[column] = Math.Max(maxAge[column], ages[s]);
                }
            }
        }

        var ageKinds = new CellKind[columns];
        ageKinds.AsSpan().Fill(options.Age == CellKind.None ? CellKind.Byte : options.Age);
        for (var c = 0; c < columns; c++)
        {
            if (options.MinValue == CellKind.None && !varies[c] && !double.IsNaN(constant[c]))
            {
                valueKinds[c] = CellKind.None;
            }
        }

        var layout = ColumnLayout.Create(mask, valueKinds, ageKinds, new int[columns], maxAge, constant);
        var (cells, start) = Allocate(layout, households, options.Misalign);
        var batchColumns = new BatchColumns(layout, cells, start, []);
        var fallback = new List<int>();
        for (var h = 0; h < households; h++)
        {
            var exact = true;
            var pair = pairOffset[h];
            for (var bits = presence[h]; bits != 0; bits &= bits - 1, pair++)
            {
                var ordinal = BitOperations.TrailingZeroCount(bits);
                if ((mask & (1UL << ordinal)) == 0)
                {
                    continue;
                }

                var column = ColumnOf(mask, ordinal);
                var s = runStart[pair];
                var value = values[s];
                var age = ages[s];
                if (runStart[pair + 1] - s != 1 || (valueKinds[column] == CellKind.Float && (float)value != value) || (ageKinds[column] == CellKind.UShort && age > MaxAge))
                {
                    exact = false;
                    continue;
                }

                batchColumns.Write(column, h, value, ageKinds[column] == CellKind.Byte ? Math.Min(age, SaturatedAge) : age);
            }

            if (!exact)
            {
                fallback.Add(h);
            }
        }

        batchColumns.WriteFacts(predicates.AsSpan(0, households));
        return new BatchColumns(layout, cells, start, [.. fallback]);
    }

    /// <summary>Writes one cell (the value exact in the column's kind, the age within its range).</summary>
    internal void Write(int column, int household, double value, int age)
    {
        var layout = Layout;
        var block = Start + ((long)(household / Lanes) * layout.BlockBytes);
        var lane = household % Lanes;
        ref var cells = ref Cells[0];
        var v = layout.ValueKinds[column];
        ref var at = ref Unsafe.Add(ref cells, (nint)(block + layout.ValueOffsets[column] + (lane * (int)v)));
        switch (v)
        {
            case CellKind.None:
                break;
            case CellKind.Byte:
                at = (byte)value;
                break;
            case CellKind.UShort:
                Unsafe.WriteUnaligned(ref at, (ushort)value);
                break;
            default:
                Unsafe.WriteUnaligned(ref at, (float)value);
                break;
        }

        var a = layout.AgeKinds[column];
        ref var ageAt = ref Unsafe.Add(ref cells, (nint)(block + layout.AgeOffsets[column] + (lane * (int)a)));
        switch (a)
        {
            case CellKind.Byte:
                ageAt = (byte)age;
                break;
            case CellKind.UShort:
                Unsafe.WriteUnaligned(ref ageAt, (ushort)age);
                break;
        }
    }

    /// <summary>Writes the households' fact words into their blocks.</summary>
    internal void WriteFacts(ReadOnlySpan<uint> predicates)
    {
        var blockBytes = Layout.BlockBytes;
        fixed (byte* cells = Cells)
        {
            for (var h = 0; h < predicates.Length; h += Lanes)
            {
                var n = Math.Min(Lanes, predicates.Length - h);
                predicates.Slice(h, n).CopyTo(new Span<uint>(cells + Start + ((long)(h / Lanes) * blockBytes) + ColumnLayout.FactsOffset, n));
            }
        }
    }

    // Every block's cells empty (values and ages at their markers, facts 0), so lanes past the last household and
    // households without the indicator read as absent.
    private static void Clear(ColumnLayout layout, byte[] cells, int start, int from, int blocks)
    {
        var block = cells.AsSpan(start + (from * layout.BlockBytes), layout.BlockBytes);
        block.Clear();
        for (var c = 0; c < layout.Count; c++)
        {
            if (layout.ValueKinds[c] != CellKind.None)
            {
                Fill(block.Slice(layout.ValueOffsets[c], Lanes * (int)layout.ValueKinds[c]), layout.ValueKinds[c]);
            }
            if (layout.AgeKinds[c] != CellKind.None)
            {
                block.Slice(layout.AgeOffsets[c], Lanes * (int)layout.AgeKinds[c]).Fill(0xFF);
            }
        }

        for (var b = from + 1; b < blocks; b++)
        {
            block.CopyTo(cells.AsSpan(start + (b * layout.BlockBytes), layout.BlockBytes));
        }
    }

    private static void Fill(Span<byte> segment, CellKind kind)
    {
        if (kind == CellKind.Float)
        {
            System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(segment).Fill(float.NaN);
        }
        else
        {
            segment.Fill(0xFF);
        }
    }
}
