using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Outreach;

/// <summary>
/// Identifies the record of a held or cancelled session (활동 기록), distinct from the planned session's <see cref="Rotation.SessionId"/>.
/// </summary>
public readonly record struct SessionRecordId
{
    /// <summary>Creates the identifier.</summary>
    /// <param name="value">The identifier text, for example <c>rec-2024-03-06</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or has characters outside the allowed set.</exception>
    public SessionRecordId(string value) => Value = Identifier.Validate(value, "session record id", nameof(value));

    /// <summary>The identifier text.</summary>
    public string Value { get; }

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text.</returns>
    public override string ToString() => Value ?? string.Empty;
}
