using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Risk;
using NodaTime;

namespace Dalhaengi.Core.Outreach;

/// <summary>
/// One crisis signal (위기정보) or screening result observed for a household: which indicator, what value, on what day.
/// </summary>
/// <remarks>
/// <para>
/// The indicator code is one of the catalog's (for example <c>screening.phq9.total</c>, <c>screening.bp.systolic</c>,
/// <c>arrears.electricity.months</c>; see <see cref="IndicatorCatalog.National"/>), and flags are recorded as <c>1</c>.
/// Units are the indicator's own (points, mmHg, months, KRW).
/// </para>
/// <para>
/// Why this and <see cref="CrisisSignal"/> both exist: a <see cref="CrisisSignal"/> is the household's own record of
/// an observation, with its source and a free-text note; an <see cref="ObservedSignal"/> is the evidence a finding
/// carries to a partner — only the code, the exact value and the day, no note that could hold personal text. Convert
/// with <see cref="From(CrisisSignal)"/>; <see cref="Finding.From"/> does so for a whole risk assessment.
/// </para>
/// </remarks>
public readonly record struct ObservedSignal
{
    /// <summary>Creates the signal.</summary>
    /// <param name="indicatorCode">The indicator's code in the national catalog, for example <c>screening.phq9.total</c>.</param>
    /// <param name="value">The observed value in the indicator's unit; <c>1</c> for a flag.</param>
    /// <param name="observedOn">The day it was observed.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="indicatorCode"/> is empty or not a code of <see cref="IndicatorCatalog.National"/>; the message
    /// names the nearest code (<c>phq9.total</c>: did you mean <c>screening.phq9.total</c>?).
    /// </exception>
    public ObservedSignal(string indicatorCode, decimal value, LocalDate observedOn)
        : this(indicatorCode, value, observedOn, IndicatorCatalog.National)
    {
    }

    /// <summary>Creates the signal for an indicator of a city's own catalog.</summary>
    /// <param name="indicatorCode">The indicator's code in <paramref name="catalog"/>.</param>
    /// <param name="value">The observed value in the indicator's unit; <c>1</c> for a flag.</param>
    /// <param name="observedOn">The day it was observed.</param>
    /// <param name="catalog">The catalog the code must belong to.</param>
    /// <exception cref="ArgumentException"><paramref name="indicatorCode"/> is empty or not a code of <paramref name="catalog"/>.</exception>
    public ObservedSignal(string indicatorCode, decimal value, LocalDate observedOn, IndicatorCatalog catalog)
    {
        Guard.Against.Null(catalog);
        IndicatorCode = IndicatorCodeCheck.RequireCode(Guard.Against.ResidentNumber(Guard.Against.NullOrWhiteSpace(indicatorCode)), catalog, nameof(indicatorCode));
        Value = value;
        ObservedOn = observedOn;
    }

    // The evaluator's catalog already checked the code of a signal it explains.
    private ObservedSignal(IndicatorCode indicator, decimal value, LocalDate observedOn)
    {
        IndicatorCode = indicator.Value;
        Value = value;
        ObservedOn = observedOn;
    }

    /// <summary>Takes the evidence of a household's signal: its code, value and day (not its source or note).</summary>
    /// <param name="signal">The household's signal.</param>
    /// <returns>The signal as evidence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="signal"/> is <see langword="null"/>.</exception>
    /// <exception cref="OverflowException">The value does not fit a <see cref="decimal"/>.</exception>
    public static ObservedSignal From(CrisisSignal signal)
    {
        Guard.Against.Null(signal);
        return new ObservedSignal(signal.Indicator, (decimal)signal.Value, signal.ObservedOn);
    }

    /// <summary>The indicator's code.</summary>
    public string IndicatorCode { get; }

    /// <summary>The observed value in the indicator's unit.</summary>
    public decimal Value { get; }

    /// <summary>The day it was observed.</summary>
    public LocalDate ObservedOn { get; }
}
