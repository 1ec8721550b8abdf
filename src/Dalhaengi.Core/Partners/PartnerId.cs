using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Partners;

/// <summary>
/// Identifies a partner organization (참여기관).
/// </summary>
public readonly record struct PartnerId
{
    /// <summary>Creates the identifier.</summary>
    /// <param name="value">The identifier text, for example <c>yp-dementia-centre</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or has characters outside the allowed set.</exception>
    public PartnerId(string value) => Value = Identifier.Validate(value, "partner id", nameof(value));

    /// <summary>The identifier text.</summary>
    public string Value { get; }

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text.</returns>
    public override string ToString() => Value ?? string.Empty;
}
