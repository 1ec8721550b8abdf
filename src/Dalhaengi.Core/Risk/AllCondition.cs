using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Risk;

/// <summary>Holds when every condition holds.</summary>
public sealed record AllCondition : RiskCondition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="conditions">The conditions combined; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="conditions"/> is <see langword="null"/>.</exception>
    public AllCondition(IEnumerable<RiskCondition> conditions) => Conditions = Guard.Against.Null(conditions).ToValueList();

    /// <summary>The conditions combined.</summary>
    public IReadOnlyList<RiskCondition> Conditions { get; }
}
