using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Geography;

/// <summary>
/// Identifies a municipality (시군구 code, for example the five-digit statistical code <c>41830</c> for Yangpyeong County).
/// </summary>
/// <remarks>
/// An opaque ASCII identifier of 1 to 64 letters, digits, <c>.</c>, <c>-</c>, <c>_</c> or <c>@</c>;
/// compared ordinally. Official codes are used where they exist; otherwise any stable slug.
/// </remarks>
public readonly record struct MunicipalityCode
{
    /// <summary>Creates the identifier.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or has characters outside the allowed set.</exception>
    public MunicipalityCode(string value) => Value = Identifier.Validate(value, "municipality code", nameof(value));

    /// <summary>The identifier text.</summary>
    public string Value { get; }

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text.</returns>
    public override string ToString() => Value ?? string.Empty;
}
