namespace Dalhaengi.Core.Risk;

/// <summary>
/// Where each column of a <see cref="BatchColumns"/> keeps its cells inside a block of <see cref="BatchColumns.Lanes"/>
/// households, and how wide they are: the part of a batch a compiled column screen depends on, so batches with equal
/// layouts share one screen.
/// </summary>
/// <remarks>
/// A block starts with the households' fact words (4 bytes each), then every column's segment of 16 cells, widest
/// first (floats, then 16-bit, then bytes), so that with the block 64-byte aligned no vector load crosses a cache
/// line; the block is padded to a multiple of 64 bytes.
/// </remarks>
internal sealed class ColumnLayout : IEquatable<ColumnLayout>
{
    /// <summary>The offset of the fact words in a block.</summary>
    internal const int FactsOffset = 0;

    private ColumnLayout(ulong mask, CellKind[] valueKinds, CellKind[] ageKinds, int[] oneAge, int[] maxAge, double[] constant)
    {
        Constant = constant;
        Mask = mask;
        ValueKinds = valueKinds;
        AgeKinds = ageKinds;
        OneAge = oneAge;
        MaxAge = maxAge;
        var columns = valueKinds.Length;
        ValueOffsets = new int[columns];
        AgeOffsets = new int[columns];
        var offset = FactsOffset + (BatchColumns.Lanes * sizeof(uint));
        foreach (var width in (ReadOnlySpan<CellKind>)[CellKind.Float, CellKind.UShort, CellKind.Byte])
        {
            for (var c = 0; c < columns; c++)
            {
                if (valueKinds[c] == width)
                {
                    ValueOffsets[c] = offset;
                    offset += BatchColumns.Lanes * (int)width;
                }

                if (ageKinds[c] == width)
                {
                    AgeOffsets[c] = offset;
                    offset += BatchColumns.Lanes * (int)width;
                }
            }
        }

        BlockBytes = (offset + 63) & ~63;
    }

    /// <summary>The ordinals that have a column, as bits; column <c>c</c> is the <c>c</c>-th set bit.</summary>
    internal ulong Mask { get; }

    /// <summary>The bytes of one block, a multiple of 64.</summary>
    internal int BlockBytes { get; }

    /// <summary>Per column, how its values are stored.</summary>
    internal CellKind[] ValueKinds { get; }

    /// <summary>Per column, how its ages are stored (<see cref="CellKind.None"/>: every cell has <see cref="OneAge"/>).</summary>
    internal CellKind[] AgeKinds { get; }

    /// <summary>Per column, the byte offset of its values in a block.</summary>
    internal int[] ValueOffsets { get; }

    /// <summary>Per column, the byte offset of its ages in a block (unused for <see cref="CellKind.None"/>).</summary>
    internal int[] AgeOffsets { get; }

    /// <summary>Per column with <see cref="CellKind.None"/> ages, the age of every cell.</summary>
    internal int[] OneAge { get; }

    /// <summary>
    /// Per column, the largest age of a cell it holds (-1 when it holds none). A window at least this wide needs no
    /// age test; byte ages above 253 are stored as 254, so narrower windows above 253 cannot be tested from them.
    /// </summary>
    internal int[] MaxAge { get; }

    /// <summary>The number of columns.</summary>
    internal int Count => ValueKinds.Length;

    internal static ColumnLayout Create(ulong mask, CellKind[] valueKinds, CellKind[] ageKinds, int[] oneAge, int[] maxAge, double[]? constant = null) =>
        new(mask, valueKinds, ageKinds, oneAge, maxAge, constant ?? new double[valueKinds.Length]);

    /// <summary>Per column with <see cref="CellKind.None"/> values (only with per-cell ages), the value of every filled cell.</summary>
    internal double[] Constant { get; }

    /// <inheritdoc/>
    public bool Equals(ColumnLayout? other) =>
        other is not null && (ReferenceEquals(this, other) || (Mask == other.Mask
            && ValueKinds.AsSpan().SequenceEqual(other.ValueKinds)
            && AgeKinds.AsSpan().SequenceEqual(other.AgeKinds)
            && OneAge.AsSpan().SequenceEqual(other.OneAge)
            && MaxAge.AsSpan().SequenceEqual(other.MaxAge)
            && Constant.AsSpan().SequenceEqual(other.Constant)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ColumnLayout other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Mask, BlockBytes);
}
