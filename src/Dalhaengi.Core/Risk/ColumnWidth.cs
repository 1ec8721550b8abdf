namespace Dalhaengi.Core.Risk;

/// <summary>Which vector width the column screen uses (the tests and benchmarks force each).</summary>
internal enum ColumnWidth
{
    /// <summary>The widest the machine runs natively.</summary>
    Native,

    /// <summary>Sixteen lanes (emulated in software where the machine lacks 512-bit vectors: correct, slow).</summary>
    Vector512,

    /// <summary>Eight lanes.</summary>
    Vector256,

    /// <summary>One household at a time.</summary>
    Scalar,

    /// <summary>No column screen: every household on the per-household path.</summary>
    Off,
}
