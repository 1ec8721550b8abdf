using Ardalis.GuardClauses;

namespace Dalhaengi.Core.Risk;

/// <summary>Holds when the household has a signal of the indicator, optionally observed within a recency window.</summary>
/// <remarks>
/// A window of <c>N</c> days accepts signals observed from <c>as-of − N days</c> up to the as-of date, both inclusive;
/// signals observed after the as-of date never count.
/// </remarks>
public sealed record PresentCondition : RiskCondition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="withinDays">The recency window in days (0 or more), or <see langword="null"/> for any time.</param>
    /// <exception cref="ArgumentException"><paramref name="indicator"/> is the default value.</exception>
    public PresentCondition(IndicatorCode indicator, int? withinDays = null)
    {
        Indicator = Guard.Against.Default(indicator);
        WithinDays = withinDays;
    }

    /// <summary>The indicator.</summary>
    public IndicatorCode Indicator { get; }

    /// <summary>The recency window in days, or <see langword="null"/> for any time.</summary>
    public int? WithinDays { get; }
}
