using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Risk;

/// <summary>Holds when the as-of date falls in one of the listed months, for example winter (11, 12, 1, 2, 3).</summary>
public sealed record AsOfMonthCondition : RiskCondition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="months">The months, 1 (January) to 12.</param>
    /// <exception cref="ArgumentNullException"><paramref name="months"/> is <see langword="null"/>.</exception>
    public AsOfMonthCondition(IEnumerable<int> months) => Months = Guard.Against.Null(months).ToValueList();

    /// <summary>The months, 1 to 12.</summary>
    public IReadOnlyList<int> Months { get; }
}
