namespace Dalhaengi.Core.Risk;

/// <summary>
/// The signals of a batch filled column by column, held only as its <see cref="BatchColumns"/> (plus the rare
/// cells a column cannot hold exactly), and turned into the per-household layout on demand.
/// </summary>
/// <remarks>
/// A cell a column cannot hold exactly (a value a <see langword="float"/> does not represent, an age above
/// <see cref="BatchColumns.MaxAge"/>) is kept here with its exact value and age; its household is in
/// <see cref="BatchColumns.Fallback"/>, so screening reads it from the per-household layout, which this builds
/// with the exact cell.
/// </remarks>
internal sealed class ColumnCells(
    BatchColumns columns, int households, int words, int[] ordinals, byte[] sources, Dictionary<long, (double Value, int Age)> exact, int signalCount)
{
    internal BatchColumns Columns { get; } = columns;

    internal int SignalCount { get; } = signalCount;

    /// <summary>Builds the per-household layout: per household its cells in ordinal order (columns are sorted by ordinal).</summary>
    internal BatchSignals ToSignals()
    {
        var n = households;
        var c = ordinals.Length;
        var presence = new ulong[(long)n * words];
        var pairOffset = new int[n + 1];
        var runStart = new int[SignalCount + 1];
        var ordinalOf = new ushort[SignalCount];
        var values = new double[SignalCount];
        var ages = new int[SignalCount];
        var sourceOf = new byte[SignalCount];
        var s = 0;
        for (var h = 0; h < n; h++)
        {
            pairOffset[h] = s;
            for (var k = 0; k < c; k++)
            {
                if (!Columns.TryRead(k, h, out var value, out var age))
                {
                    if (exact.Count == 0 || !exact.TryGetValue(((long)h * c) + k, out var e))
                    {
                        continue;
                    }

                    (value, age) = e;
                }

                var o = ordinals[k];
                presence[((long)h * words) + (o >> 6)] |= 1UL << (o & 63);
                runStart[s] = s;
                ordinalOf[s] = (ushort)o;
                values[s] = value;
                ages[s] = age;
                sourceOf[s] = sources[k];
                s++;
            }
        }

        pairOffset[n] = s;
        runStart[s] = s;
        return new BatchSignals(presence, pairOffset, runStart, ordinalOf, values, ages, sourceOf);
    }
}
