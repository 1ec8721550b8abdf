using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Risk;

/// <summary>
/// Identifies a crisis indicator by a stable dotted code, for example <c>utility.electricity.cutoff</c>,
/// <c>arrears.health-insurance.months</c> or <c>screening.phq9.item9</c>.
/// </summary>
/// <remarks>An opaque ASCII identifier of 1 to 64 letters, digits, <c>.</c>, <c>-</c>, <c>_</c> or <c>@</c>; compared ordinally.</remarks>
public readonly record struct IndicatorCode
{
    /// <summary>Creates the code.</summary>
    /// <param name="value">The code text.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or has characters outside the allowed set.</exception>
    public IndicatorCode(string value) => Value = Identifier.Validate(value, "indicator code", nameof(value));

    /// <summary>The code text.</summary>
    public string Value { get; }

    /// <summary>Returns the code text.</summary>
    /// <returns>The code text.</returns>
    public override string ToString() => Value ?? string.Empty;
}
