using Ardalis.GuardClauses;
using Dalhaengi.Core.Households;

namespace Dalhaengi.Core.Risk;

/// <summary>Holds when a derived fact about the household holds on the as-of date (lives alone and 65 or over, unreachable…).</summary>
public sealed record HouseholdCondition : RiskCondition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="predicate">The fact.</param>
    /// <exception cref="ArgumentException"><paramref name="predicate"/> is not defined.</exception>
    public HouseholdCondition(HouseholdPredicate predicate) => Predicate = Guard.Against.EnumOutOfRange(predicate);

    /// <summary>The fact.</summary>
    public HouseholdPredicate Predicate { get; }
}
