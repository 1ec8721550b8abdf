using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Households;

/// <summary>
/// Identifies a household by an opaque id that carries no personal data
/// (never a resident registration number, name or address).
/// </summary>
public readonly record struct HouseholdId
{
    /// <summary>Creates the identifier.</summary>
    /// <param name="value">The identifier text, for example <c>hh-000123</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or has characters outside the allowed set.</exception>
    public HouseholdId(string value) => Value = Identifier.Validate(value, "household id", nameof(value));

    /// <summary>The identifier text.</summary>
    public string Value { get; }

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text.</returns>
    public override string ToString() => Value ?? string.Empty;
}
