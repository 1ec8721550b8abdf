namespace Dalhaengi.Core.Risk;

/// <summary>One condition of a compiled rule set, in a flat array; children are listed in a separate index array.</summary>
/// <remarks>
/// Every indicator condition compiles to one <see cref="NodeKind.Indicator"/> node with a closed interval
/// [<see cref="Low"/>, <see cref="High"/>] and a maximum age in days, so presence, the four comparisons and
/// <c>between</c> share one test and no branch on the operator.
/// </remarks>
internal struct CompiledNode
{
    public NodeKind Kind;
    public int Ordinal;
    public int MaxAge;
    public double Low;
    public double High;
    public uint Mask;
    public int FirstChild;
    public int ChildCount;
    public int Needed;
}

internal enum NodeKind : byte
{
    Indicator,
    Household,
    AsOfMonth,
    All,
    Any,
    AtLeast,
}
