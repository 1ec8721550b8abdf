using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Eligibility;

/// <summary>
/// Monthly amounts in KRW by household size (index 0 is one person), as a year's table publishes them.
/// </summary>
internal sealed record HouseholdSizeAmounts
{
    public HouseholdSizeAmounts(IEnumerable<long> amounts) => Amounts = amounts.ToValueList();

    public static HouseholdSizeAmounts Empty { get; } = new([]);

    /// <summary>The amounts for one person, two persons and so on.</summary>
    public ValueList<long> Amounts { get; }

    /// <summary>The largest household size the table lists.</summary>
    public int LargestSize => Amounts.Count;

    /// <summary>Whether the table lists <paramref name="size"/> itself.</summary>
    public bool Lists(int size) => size >= 1 && size <= Amounts.Count;

    /// <summary>
    /// Returns the amount for a household size. Sizes beyond the table are extended by adding, per extra member, the
    /// difference between the last two sizes: the ministry publishes 1–7 persons and adds (7p − 6p) per member beyond 7.
    /// </summary>
    public long For(int size)
    {
        if (Lists(size))
        {
            return Amounts[size - 1];
        }

        var last = Amounts[^1];
        var step = last - Amounts[^2];
        return checked(last + ((size - Amounts.Count) * step));
    }
}
