using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Risk;

/// <summary>Holds when some signal of the indicator (within the recency window, if any) has a value that satisfies the comparison.</summary>
/// <remarks>
/// Values are in the indicator's unit (months, KRW, points, mmHg). <c>between</c> includes both bounds. A bound may name
/// a <see cref="RuleParameter"/> of the rule set instead of a literal (<see cref="ValueParameter"/>,
/// <see cref="MaximumParameter"/>); the evaluator then uses the parameter's value in force on the as-of date, and the
/// literal bound is unused (0).
/// </remarks>
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

    /// <summary>Creates a condition whose bounds may name rule-set parameters instead of literals.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="operator">The comparison.</param>
    /// <param name="value">The literal threshold or lower bound; ignored (stored as 0) when <paramref name="valueParameter"/> is given.</param>
    /// <param name="valueParameter">The id of the parameter giving the threshold or lower bound, or <see langword="null"/> for the literal.</param>
    /// <param name="maximum">The literal upper bound of <c>between</c>; ignored when <paramref name="maximumParameter"/> is given.</param>
    /// <param name="maximumParameter">The id of the parameter giving the upper bound of <c>between</c>, or <see langword="null"/>.</param>
    /// <param name="withinDays">The recency window in days, or <see langword="null"/> for any time.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException"><paramref name="indicator"/> is the default value, <paramref name="operator"/> is not defined, or a parameter id holds a resident registration number.</exception>
    public static ComparisonCondition WithParameters(
        IndicatorCode indicator, ComparisonOperator @operator, double value, string? valueParameter, double? maximum, string? maximumParameter, int? withinDays) =>
        new(indicator, @operator, valueParameter is null ? value : 0, maximumParameter is null ? maximum : null, withinDays)
        {
            ValueParameter = Guard.Against.ResidentNumber(valueParameter),
            MaximumParameter = Guard.Against.ResidentNumber(maximumParameter),
        };

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

    /// <summary>The id of the parameter giving the threshold or lower bound, or <see langword="null"/> when <see cref="Value"/> is literal.</summary>
    public string? ValueParameter { get; private init; }

    /// <summary>The id of the parameter giving the upper bound of <c>between</c>, or <see langword="null"/> when <see cref="Maximum"/> is literal.</summary>
    public string? MaximumParameter { get; private init; }

    /// <summary>Whether a bound names a parameter.</summary>
    internal bool IsParameterized => ValueParameter is not null || MaximumParameter is not null;

    /// <summary>Tells whether a value satisfies the comparison with the literal bounds.</summary>
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
