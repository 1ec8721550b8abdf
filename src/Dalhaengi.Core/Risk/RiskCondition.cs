using Dalhaengi.Core.Households;

namespace Dalhaengi.Core.Risk;

/// <summary>
/// A condition of a scoring rule or red flag: a test on the household's crisis signals, on its derived facts,
/// on the as-of date, or a combination of other conditions.
/// </summary>
/// <remarks>
/// Indicator conditions are existential: they hold when <em>some</em> signal of the indicator observed on or before
/// the as-of date (and within the recency window, when one is given) satisfies them. So the order of signals never
/// matters, and with non-negative points adding a signal never lowers a score. Conditions are immutable values with
/// structural equality.
/// </remarks>
public abstract record RiskCondition
{
    private protected RiskCondition()
    {
    }

    /// <summary>Creates a condition that holds when the indicator has a signal.</summary>
    /// <param name="indicator">The indicator code.</param>
    /// <param name="withinDays">The recency window in days before the as-of date, or <see langword="null"/> for any time.</param>
    /// <returns>The condition.</returns>
    public static PresentCondition Present(string indicator, int? withinDays = null) => new(new IndicatorCode(indicator), withinDays);

    /// <summary>Creates a numeric comparison on an indicator's value.</summary>
    /// <param name="indicator">The indicator code.</param>
    /// <param name="op">The comparison.</param>
    /// <param name="value">The threshold, or the lower bound for <see cref="ComparisonOperator.Between"/>.</param>
    /// <param name="maximum">The upper bound for <see cref="ComparisonOperator.Between"/>; otherwise <see langword="null"/>.</param>
    /// <param name="withinDays">The recency window in days, or <see langword="null"/>.</param>
    /// <returns>The condition.</returns>
    public static ComparisonCondition Compare(string indicator, ComparisonOperator op, double value, double? maximum = null, int? withinDays = null) =>
        new(new IndicatorCode(indicator), op, value, maximum, withinDays);

    /// <summary>Creates a condition on a derived household fact.</summary>
    /// <param name="predicate">The fact.</param>
    /// <returns>The condition.</returns>
    public static HouseholdCondition Household(HouseholdPredicate predicate) => new(predicate);

    /// <summary>Creates a condition that holds when every condition holds.</summary>
    /// <param name="conditions">The conditions.</param>
    /// <returns>The condition.</returns>
    public static AllCondition All(params RiskCondition[] conditions) => new(conditions);

    /// <summary>Creates a condition that holds when any condition holds.</summary>
    /// <param name="conditions">The conditions.</param>
    /// <returns>The condition.</returns>
    public static AnyCondition Any(params RiskCondition[] conditions) => new(conditions);

    /// <summary>Creates a condition that holds when at least <paramref name="count"/> conditions hold.</summary>
    /// <param name="count">How many must hold.</param>
    /// <param name="conditions">The conditions.</param>
    /// <returns>The condition.</returns>
    public static AtLeastCondition AtLeast(int count, params RiskCondition[] conditions) => new(count, conditions);
}
