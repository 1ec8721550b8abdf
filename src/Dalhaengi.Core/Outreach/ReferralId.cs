using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Outreach;

/// <summary>
/// Identifies a referral (의뢰) of a household to a partner organization.
/// </summary>
public readonly record struct ReferralId
{
    /// <summary>Creates the identifier.</summary>
    /// <param name="value">The identifier text, for example <c>ref-2024-0001</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or has characters outside the allowed set.</exception>
    public ReferralId(string value) => Value = Identifier.Validate(value, "referral id", nameof(value));

    /// <summary>The identifier text.</summary>
    public string Value { get; }

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text.</returns>
    public override string ToString() => Value ?? string.Empty;
}
