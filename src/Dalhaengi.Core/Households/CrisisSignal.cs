using Ardalis.GuardClauses;
using Dalhaengi.Core.Risk;
using NodaTime;

namespace Dalhaengi.Core.Households;

/// <summary>
/// One observation of a crisis indicator for a household: an electricity cut-off reported by the national round,
/// a PHQ-9 total measured at a session, three months of rent arrears reported by a partner.
/// </summary>
/// <remarks>
/// <see cref="Value"/> is in the indicator's unit (<see cref="IndicatorDefinition.Unit"/>): 1 for a flag, a count,
/// a number of months, an amount in KRW or a score. It is finite; NaN and infinities are rejected.
/// </remarks>
public sealed record CrisisSignal
{
    /// <summary>Creates a signal.</summary>
    /// <param name="indicator">The indicator observed.</param>
    /// <param name="value">The value observed, in the indicator's unit; 1 for a flag.</param>
    /// <param name="observedOn">The day it was observed.</param>
    /// <param name="source">Where it came from.</param>
    /// <param name="note">Optional free text; must not contain a resident registration number.</param>
    /// <exception cref="ArgumentException">
    /// The indicator is the default value, the value is not finite, the source is not defined, or the note contains an RRN-shaped string.
    /// </exception>
    public CrisisSignal(IndicatorCode indicator, double value, LocalDate observedOn, SignalSource source, string? note = null)
    {
        Indicator = Guard.Against.Default(indicator);
        Value = double.IsFinite(value) ? value : throw new ArgumentException("The value must be a finite number.", nameof(value));
        ObservedOn = observedOn;
        Source = Guard.Against.EnumOutOfRange(source);
        Note = PersonalData.RejectRrn(note, nameof(note));
    }

    /// <summary>The indicator observed.</summary>
    public IndicatorCode Indicator { get; }

    /// <summary>The value observed, in the indicator's unit.</summary>
    public double Value { get; }

    /// <summary>The day it was observed.</summary>
    public LocalDate ObservedOn { get; }

    /// <summary>Where it came from.</summary>
    public SignalSource Source { get; }

    /// <summary>Optional free text.</summary>
    public string? Note { get; }

    /// <summary>Formats the signal as <c>code=value on yyyy-MM-dd (source)</c>.</summary>
    /// <returns>The signal on one line.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Indicator}={Value} on {ObservedOn:yyyy-MM-dd} ({Source})");
}
