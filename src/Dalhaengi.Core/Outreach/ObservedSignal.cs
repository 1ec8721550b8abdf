using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;
using NodaTime;

namespace Dalhaengi.Core.Outreach;

/// <summary>
/// One crisis signal (위기정보) or screening result observed for a household: which indicator, what value, on what day.
/// </summary>
/// <remarks>
/// Plain data on purpose: the indicator code is the one a risk rule set uses (for example <c>phq9.total</c>,
/// <c>bp.systolic</c>, <c>lives-alone</c>), and flags are recorded as <c>1</c>. Units are the indicator's own
/// (points, mmHg, months, KRW).
/// </remarks>
public readonly record struct ObservedSignal
{
    /// <summary>Creates the signal.</summary>
    /// <param name="indicatorCode">The indicator's code, for example <c>phq9.total</c>.</param>
    /// <param name="value">The observed value in the indicator's unit; <c>1</c> for a flag.</param>
    /// <param name="observedOn">The day it was observed.</param>
    /// <exception cref="ArgumentException"><paramref name="indicatorCode"/> is empty or white space.</exception>
    public ObservedSignal(string indicatorCode, decimal value, LocalDate observedOn)
    {
        IndicatorCode = Guard.Against.ResidentNumber(Guard.Against.NullOrWhiteSpace(indicatorCode));
        Value = value;
        ObservedOn = observedOn;
    }

    /// <summary>The indicator's code.</summary>
    public string IndicatorCode { get; }

    /// <summary>The observed value in the indicator's unit.</summary>
    public decimal Value { get; }

    /// <summary>The day it was observed.</summary>
    public LocalDate ObservedOn { get; }
}
