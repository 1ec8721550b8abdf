using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Risk;

/// <summary>Holds when at least one condition holds.</summary>
public sealed record AnyCondition : RiskCondition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="conditions">The conditions combined; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="conditions"/> is <see langword="null"/>.</exception>
    public AnyCondition(IEnumerable<RiskCondition> conditions) => Conditions = Guard.Against.Null(conditions).ToValueList();

    /// <summary>The conditions combined.</summary>
    public IReadOnlyList<RiskCondition> Conditions { get; }
}
