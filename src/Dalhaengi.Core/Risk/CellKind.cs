namespace Dalhaengi.Core.Risk;

/// <summary>How a column of <see cref="BatchColumns"/> stores its values or its ages; the value is the cell's width in bytes.</summary>
/// <remarks>
/// Values: <see cref="Byte"/> when every value of the column is a whole number 0–254 (flags, small counts),
/// <see cref="UShort"/> for whole numbers 0–65,534, else <see cref="Float"/>; the top of each range (255, 65,535,
/// NaN) marks a household without the indicator. Ages: <see cref="None"/> when the whole column has one observation
/// day (the age is the column's), <see cref="Byte"/> or <see cref="UShort"/> per cell.
/// </remarks>
internal enum CellKind : byte
{
    /// <summary>No cells: for ages, one age for the whole column; for values (with per-cell ages), one value for every filled cell.</summary>
    None = 0,

    /// <summary>One byte per cell.</summary>
    Byte = 1,

    /// <summary>Two bytes per cell.</summary>
    UShort = 2,

    /// <summary>A 32-bit float per cell.</summary>
    Float = 4,
}
