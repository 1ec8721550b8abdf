using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Outreach;

/// <summary>
/// Identifies a finding (유소견): a person or household found at a session to need help.
/// </summary>
public readonly record struct FindingId
{
    /// <summary>Creates the identifier.</summary>
    /// <param name="value">The identifier text, for example <c>fnd-2024-0001</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or has characters outside the allowed set.</exception>
    public FindingId(string value) => Value = Identifier.Validate(value, "finding id", nameof(value));

    /// <summary>The identifier text.</summary>
    public string Value { get; }

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text.</returns>
    public override string ToString() => Value ?? string.Empty;
}
