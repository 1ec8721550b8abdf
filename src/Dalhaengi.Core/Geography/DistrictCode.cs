using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Geography;

/// <summary>
/// Identifies a district (읍면동 code, for example the legal-dong code <c>4183025000</c> for 양평읍).
/// </summary>
/// <remarks>
/// An opaque ASCII identifier of 1 to 64 letters, digits, <c>.</c>, <c>-</c>, <c>_</c> or <c>@</c>;
/// compared ordinally. Official codes are used where they exist; otherwise any stable slug.
/// </remarks>
public readonly record struct DistrictCode
{
    /// <summary>Creates the identifier.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or has characters outside the allowed set.</exception>
    public DistrictCode(string value) => Value = Identifier.Validate(value, "district code", nameof(value));

    /// <summary>The identifier text.</summary>
    public string Value { get; }

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text.</returns>
    public override string ToString() => Value ?? string.Empty;
}
