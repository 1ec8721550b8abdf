using System.Numerics;

namespace Dalhaengi.Core.Risk;

/// <summary>
/// The columnar copy of a batch's common indicators: for each indicator that many households carry, one column of
/// 32-bit values and one of 16-bit ages over all households, so that threshold rules can be tested across
/// households sixteen at a time (<see cref="ColumnScreen"/>). The columns are stored in blocks of
/// <see cref="Lanes"/> households (block, then column, then household), so screening a block reads one contiguous
/// run of memory instead of one stream per column.
/// </summary>
/// <remarks>
/// <para>
/// Chosen when the batch is built: an indicator gets a column when at least <see cref="DefaultShare"/> of the
/// households carry it (a column costs 6 bytes per household, a signal in the per-household layout about 19, so
/// below that share the columns would cost more memory than they save work). Only for catalogs of at most 64
/// indicators (one presence word). The per-household layout stays complete: explanations and the fallback path
/// read it.
/// </para>
/// <para>
/// A household is screened from the columns only when the columns hold it exactly: for every column indicator it
/// carries, exactly one signal, whose value a <see langword="float"/> represents exactly and whose age is at most
/// <see cref="MaxAge"/> days. An indicator condition holds when <em>any</em> signal of the indicator satisfies it,
/// and one column cell can hold one signal, so a household with several signals of one column indicator (or an
/// inexact value) is listed in <see cref="Fallback"/> and screened on the per-household path.
/// </para>
/// </remarks>
internal sealed class BatchColumns
{
    /// <summary>The share of households that must carry an indicator for it to get a column.</summary>
    internal const double DefaultShare = 0.3;

    /// <summary>The largest age a column holds; <see cref="Absent"/> marks a household without the indicator.</summary>
    internal const int MaxAge = ushort.MaxValue - 1;

    /// <summary>The age cell of a household that does not carry the indicator (older than any rule's window).</summary>
    internal const ushort Absent = ushort.MaxValue;

    /// <summary>Households per block: the lanes of the widest vector, so no vector crosses a block.</summary>
    internal const int Lanes = 16;

    internal BatchColumns(ulong mask, int columns, float[] values, ushort[] ages, uint[] facts, int[] fallback)
    {
        Mask = mask;
        Facts = facts;
        BlockCells = columns * Lanes;
        Values = values;
        Ages = ages;
        Fallback = fallback;
    }

    /// <summary>The ordinals that have a column, as bits; column <c>c</c> is the <c>c</c>-th set bit.</summary>
    internal ulong Mask { get; }

    /// <summary>The cells of one block of <see cref="Lanes"/> households: columns × lanes.</summary>
    internal int BlockCells { get; }

    /// <summary>Column <c>c</c>, household <c>h</c> at <see cref="Cell"/>; padded with one spare block.</summary>
    internal float[] Values { get; }

    /// <summary>Laid out like <see cref="Values"/>; <see cref="Absent"/> when the household lacks the indicator.</summary>
    internal ushort[] Ages { get; }

    /// <summary>The households' derived-fact bits, padded like a column (household facts tested across households).</summary>
    internal uint[] Facts { get; }

    /// <summary>The households the columns do not hold exactly, in ascending order.</summary>
    internal int[] Fallback { get; }

    /// <summary>The index of column <paramref name="column"/>, household <paramref name="household"/> in <see cref="Values"/> and <see cref="Ages"/>.</summary>
    internal long Cell(int column, int household) => ((long)(household / Lanes) * BlockCells) + (column * Lanes) + (household % Lanes);

    /// <summary>The column of an ordinal, or -1.</summary>
    internal static int ColumnOf(ulong mask, int ordinal) =>
        (mask & (1UL << ordinal)) == 0 ? -1 : BitOperations.PopCount(mask & ((1UL << ordinal) - 1));

    /// <summary>Chooses the column indicators of a finished per-household layout and fills their columns; <see langword="null"/> when none qualifies.</summary>
    internal static BatchColumns? Build(
        int households, int words, uint[] predicates, ulong[] presence, int[] pairOffset, int[] runStart, double[] values, int[] ages, double share)
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

        var columns = BitOperations.PopCount(mask);
        // Whole blocks plus a spare one: a range may start anywhere and its last vector read past its end.
        var blocks = ((households + Lanes - 1) / Lanes) + 1;
        var columnValues = new float[(long)blocks * columns * Lanes];
        var columnAges = new ushort[columnValues.Length];
        columnAges.AsSpan().Fill(Absent);
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

                var s = runStart[pair];
                var value = (float)values[s];
                if (runStart[pair + 1] - s != 1 || value != values[s] || ages[s] > MaxAge)
                {
                    exact = false;
                    continue;
                }

                var cell = ((long)(h / Lanes) * columns * Lanes) + (ColumnOf(mask, ordinal) * Lanes) + (h % Lanes);
                columnValues[cell] = value;
                columnAges[cell] = (ushort)ages[s];
            }

            if (!exact)
            {
                fallback.Add(h);
            }
        }

        var facts = new uint[blocks * Lanes];
        predicates.AsSpan(0, households).CopyTo(facts);
        return new BatchColumns(mask, columns, columnValues, columnAges, facts, [.. fallback]);
    }
}
