using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Outreach;

/// <summary>
/// Identifies an integrated case-management case (통합사례관리 사례).
/// </summary>
public readonly record struct CaseId
{
    /// <summary>Creates the identifier.</summary>
    /// <param name="value">The identifier text, for example <c>case-2024-001</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or has characters outside the allowed set.</exception>
    public CaseId(string value) => Value = Identifier.Validate(value, "case id", nameof(value));

    /// <summary>The identifier text.</summary>
    public string Value { get; }

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text.</returns>
    public override string ToString() => Value ?? string.Empty;
}
