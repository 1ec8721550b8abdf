using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;
using NodaTime;

namespace Dalhaengi.Core.Risk;

/// <summary>
/// Describes a crisis indicator: its code, names, kind of value and unit, who supplies it, and when it was in use.
/// </summary>
/// <remarks>
/// <see cref="Minimum"/> and <see cref="Maximum"/> bound the values that make sense (PHQ-9 total 0–27); a rule
/// comparing outside them is reported when the rule set is validated. <see cref="EffectiveTo"/> is inclusive.
/// A start is recorded only where it is known; <see cref="StartKind"/> says when it is only a lower bound
/// (<see cref="IndicatorStartKind.NotBefore"/>) or not known at all, and <see cref="StartNote"/> says what the sources do say.
/// Back-tests and what-ifs warn when they rely on an indicator outside its known period.
/// </remarks>
public sealed record IndicatorDefinition
{
    /// <summary>Creates a definition.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="name">The Korean and English names.</param>
    /// <param name="kind">The kind of value.</param>
    /// <param name="unit">The unit, for example <c>months</c>, <c>KRW</c>, <c>points</c>, <c>mmHg</c>; empty for a flag.</param>
    /// <param name="supplier">Who supplies it, for example <c>KEPCO</c>, <c>NHIS</c> or <c>session</c>.</param>
    /// <param name="effectiveFrom">The first day it was in use.</param>
    /// <param name="effectiveTo">The last day it was in use, or <see langword="null"/> while still in use.</param>
    /// <param name="minimum">The smallest meaningful value, if bounded.</param>
    /// <param name="maximum">The largest meaningful value, if bounded.</param>
    /// <exception cref="ArgumentException">The code or name is the default value, the kind is undefined, or the dates or bounds are reversed.</exception>
    public IndicatorDefinition(
        IndicatorCode code,
        BilingualName name,
        IndicatorKind kind,
        string unit,
        string supplier,
        LocalDate effectiveFrom,
        LocalDate? effectiveTo = null,
        double? minimum = null,
        double? maximum = null)
    {
        Code = Guard.Against.Default(code);
        Name = Guard.Against.Default(name);
        Kind = Guard.Against.EnumOutOfRange(kind);
        Unit = Guard.Against.ResidentNumber(Guard.Against.Null(unit));
        Supplier = Guard.Against.ResidentNumber(Guard.Against.NullOrWhiteSpace(supplier));
        EffectiveFrom = effectiveFrom;
        if (effectiveTo < effectiveFrom)
        {
            throw new ArgumentException("The indicator's last day comes before its first day.", nameof(effectiveTo));
        }

        if (minimum > maximum)
        {
            throw new ArgumentException("The minimum is greater than the maximum.", nameof(maximum));
        }

        EffectiveTo = effectiveTo;
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>The stable code.</summary>
    public IndicatorCode Code { get; }

    /// <summary>The Korean and English names.</summary>
    public BilingualName Name { get; }

    /// <summary>The kind of value.</summary>
    public IndicatorKind Kind { get; }

    /// <summary>The unit of the value; empty for a flag.</summary>
    public string Unit { get; }

    /// <summary>Who supplies it.</summary>
    public string Supplier { get; }

    /// <summary>
    /// The first day it was in use; for <see cref="IndicatorStartKind.NotBefore"/> the earliest day it may have been, and
    /// for <see cref="IndicatorStartKind.Unknown"/> no information.
    /// </summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>The last day it was in use (inclusive), or <see langword="null"/> while still in use.</summary>
    public LocalDate? EffectiveTo { get; }

    /// <summary>The smallest meaningful value, or <see langword="null"/>.</summary>
    public double? Minimum { get; }

    /// <summary>The largest meaningful value, or <see langword="null"/>.</summary>
    public double? Maximum { get; }

    /// <summary>How well the start is known; <see cref="IndicatorStartKind.Known"/> unless set with <see cref="WithStart"/>.</summary>
    public IndicatorStartKind StartKind { get; private init; }

    /// <summary>What the sources say about the start when it is not known exactly, or <see langword="null"/>.</summary>
    public string? StartNote { get; private init; }

    /// <summary>Returns a copy that says how well the start is known.</summary>
    /// <param name="kind">
    /// <see cref="IndicatorStartKind.NotBefore"/> when <see cref="EffectiveFrom"/> is only the earliest possible day,
    /// <see cref="IndicatorStartKind.Unknown"/> when nothing is known.
    /// </param>
    /// <param name="note">What the sources say, for example <c>added by a 2020 amendment</c>; <see langword="null"/> for none.</param>
    /// <returns>The definition with the start described.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is undefined, or <paramref name="note"/> is white space.</exception>
    public IndicatorDefinition WithStart(IndicatorStartKind kind, string? note) => this with
    {
        StartKind = Guard.Against.EnumOutOfRange(kind),
        StartNote = note is null ? null : Guard.Against.NullOrWhiteSpace(note),
    };

    /// <summary>
    /// Tells why relying on the indicator on a date is outside its known period, or returns <see langword="null"/> when
    /// it is known to have been in use then.
    /// </summary>
    internal string? OutsideKnownPeriod(LocalDate date)
    {
        var note = StartNote is null ? string.Empty : $" ({StartNote})";
        if (EffectiveTo is { } to && date > to)
        {
            return $"indicator '{Code}' was in use only until {Serialization.DocumentReader.Format(to)}";
        }

        return StartKind switch
        {
            IndicatorStartKind.Unknown => $"indicator '{Code}' has no known start date{note}: it may not have been in use on {Serialization.DocumentReader.Format(date)}",
            _ when date < EffectiveFrom => $"indicator '{Code}' was not in use before {Serialization.DocumentReader.Format(EffectiveFrom)}{note}",
            IndicatorStartKind.NotBefore => $"indicator '{Code}' started on an unknown date, not before {Serialization.DocumentReader.Format(EffectiveFrom)}{note}: it may not have been in use on {Serialization.DocumentReader.Format(date)}",
            _ => null,
        };
    }

    /// <summary>Tells whether the indicator was in use on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> lies between the effective dates, inclusive.</returns>
    public bool IsInUseOn(LocalDate date) => date >= EffectiveFrom && (EffectiveTo is null || date <= EffectiveTo);

    /// <summary>
    /// Says what is wrong with <paramref name="value"/> as a value of this indicator, or <see langword="null"/> when
    /// it is a possible one: outside <see cref="Minimum"/>–<see cref="Maximum"/>, a flag other than 0 or 1, a negative
    /// count, number of months or amount, or a fractional count.
    /// </summary>
    /// <remarks>Checked wherever a signal meets the catalog, so that an impossible value is refused, never scored.</remarks>
    internal string? ValueProblem(double value)
    {
        if (Kind == IndicatorKind.Flag && value is not (0 or 1))
        {
            return $"{Code} is a flag: its value is 1 (present) or 0, not {value}";
        }

        if ((Kind is IndicatorKind.Count or IndicatorKind.Months or IndicatorKind.Amount) && value < 0)
        {
            return $"{Code} counts {Kind.ToString().ToLowerInvariant()}: its value cannot be negative ({value})";
        }

        if (Kind == IndicatorKind.Count && value != Math.Floor(value))
        {
            return $"{Code} is a count: its value is a whole number, not {value}";
        }

        if (value < Minimum || value > Maximum)
        {
            return $"{Code} ranges from {Minimum?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-∞"} to {Maximum?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "∞"}: {value} is outside it";
        }

        return null;
    }
}
