using Ardalis.GuardClauses;

namespace Dalhaengi.Core.Risk;

/// <summary>Holds when some signal of the indicator (within the recency window, if any) has a value that satisfies the comparison.</summary>
/// <remarks>Values are in the indicator's unit (months, KRW, points, mmHg). <c>between</c> includes both bounds.</remarks>
public sealed record ComparisonCondition : RiskCondition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="operator">The comparison.</param>
    /// <param name="value">The threshold, or the lower bound of <c>between</c>.</param>
    /// <param name="maximum">The upper bound of <c>between</c>; <see langword="null"/> for the other comparisons.</param>
    /// <param name="withinDays">The recency window in days, or <see langword="null"/> for any time.</param>
    /// <exception cref="ArgumentException"><paramref name="indicator"/> is the default value or <paramref name="operator"/> is not defined.</exception>
    public ComparisonCondition(IndicatorCode indicator, ComparisonOperator @operator, double value, double? maximum = null, int? withinDays = null)
    {
        Indicator = Guard.Against.Default(indicator);
        Operator = Guard.Against.EnumOutOfRange(@operator);
        Value = value;
        Maximum = maximum;
        WithinDays = withinDays;
    }

    /// <summary>The indicator.</summary>
    public IndicatorCode Indicator { get; }

    /// <summary>The comparison.</summary>
    public ComparisonOperator Operator { get; }

    /// <summary>The threshold, or the lower bound of <c>between</c>.</summary>
    public double Value { get; }

    /// <summary>The upper bound of <c>between</c>, or <see langword="null"/>.</summary>
    public double? Maximum { get; }

    /// <summary>The recency window in days, or <see langword="null"/> for any time.</summary>
    public int? WithinDays { get; }

    /// <summary>Tells whether a value satisfies the comparison.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool IsSatisfiedBy(double value) => Operator switch
    {
        ComparisonOperator.GreaterOrEqual => value >= Value,
        ComparisonOperator.Greater => value > Value,
        ComparisonOperator.LessOrEqual => value <= Value,
        ComparisonOperator.Less => value < Value,
        _ => value >= Value && value <= (Maximum ?? double.PositiveInfinity),
    };
}
