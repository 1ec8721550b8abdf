using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Outreach;

/// <summary>How many of one kind of item (promotional goods, food parcels) were handed out at a session.</summary>
public readonly record struct ItemDistribution
{
    /// <summary>Creates the count.</summary>
    /// <param name="item">What was handed out, for example <c>홍보물품</c>.</param>
    /// <param name="count">How many; zero or more.</param>
    /// <exception cref="ArgumentException"><paramref name="item"/> is empty or <paramref name="count"/> is negative.</exception>
    public ItemDistribution(string item, int count)
    {
        Item = Guard.Against.ResidentNumber(Guard.Against.NullOrWhiteSpace(item));
        Count = Guard.Against.Negative(count);
    }

    /// <summary>What was handed out.</summary>
    public string Item { get; }

    /// <summary>How many.</summary>
    public int Count { get; }
}
