using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Risk;

/// <summary>Holds when at least <see cref="Count"/> of the conditions hold ("at least 2 of these 4 arrears").</summary>
public sealed record AtLeastCondition : RiskCondition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="count">How many must hold; 1 to the number of conditions.</param>
    /// <param name="conditions">The conditions counted.</param>
    /// <exception cref="ArgumentNullException"><paramref name="conditions"/> is <see langword="null"/>.</exception>
    public AtLeastCondition(int count, IEnumerable<RiskCondition> conditions)
    {
        Count = count;
        Conditions = Guard.Against.Null(conditions).ToValueList();
    }

    /// <summary>How many conditions must hold.</summary>
    public int Count { get; }

    /// <summary>The conditions counted.</summary>
    public IReadOnlyList<RiskCondition> Conditions { get; }
}
