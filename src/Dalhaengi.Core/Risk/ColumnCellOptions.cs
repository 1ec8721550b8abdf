namespace Dalhaengi.Core.Risk;

/// <summary>
/// How narrow a batch's column cells may be (the tests and benchmarks force every layout; the default chooses the
/// narrowest exact one).
/// </summary>
/// <param name="MinValue">The narrowest value kind a column may get: <see cref="CellKind.None"/> any, a column whose every value is one number (rows with per-cell ages) included; <see cref="CellKind.Byte"/> value cells at least one byte wide.</param>
/// <param name="Age">The age kind of every column: <see cref="CellKind.None"/> chooses (one age for a column with one extract day, else per cell), <see cref="CellKind.Byte"/> or <see cref="CellKind.UShort"/> forces per-cell ages of that width where they are exact.</param>
/// <param name="Misalign">Bytes to shift the blocks off their 64-byte alignment (to measure what alignment buys).</param>
internal readonly record struct ColumnCellOptions(CellKind MinValue = CellKind.Byte, CellKind Age = CellKind.None, int Misalign = 0)
{
    /// <summary>The narrowest exact cells, aligned.</summary>
    internal static ColumnCellOptions Default => new(CellKind.None);
}
