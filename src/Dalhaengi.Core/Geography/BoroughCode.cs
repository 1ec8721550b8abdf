using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Geography;

/// <summary>
/// Identifies a borough (구 code, for a city with general districts between the city and its 읍면동).
/// </summary>
/// <remarks>
/// An opaque ASCII identifier of 1 to 64 letters, digits, <c>.</c>, <c>-</c>, <c>_</c> or <c>@</c>;
/// compared ordinally. Official codes are used where they exist; otherwise any stable slug.
/// </remarks>
public readonly record struct BoroughCode
{
    /// <summary>Creates the identifier.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or has characters outside the allowed set.</exception>
    public BoroughCode(string value) => Value = Identifier.Validate(value, "borough code", nameof(value));

    /// <summary>The identifier text.</summary>
    public string Value { get; }

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text.</returns>
    public override string ToString() => Value ?? string.Empty;
}
