using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Rotation;

/// <summary>
/// Identifies a planned or held outreach session (one half-day at one site).
/// </summary>
public readonly record struct SessionId
{
    /// <summary>Creates the identifier.</summary>
    /// <param name="value">The identifier text, for example <c>2025-03-05.1</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or has characters outside the allowed set.</exception>
    public SessionId(string value) => Value = Identifier.Validate(value, "session id", nameof(value));

    /// <summary>The identifier text.</summary>
    public string Value { get; }

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text.</returns>
    public override string ToString() => Value ?? string.Empty;
}
