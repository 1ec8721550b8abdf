using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Partners;

/// <summary>
/// Identifies a service offered at sessions, such as a blood-pressure check or hand massage.
/// </summary>
public readonly record struct ServiceCode
{
    /// <summary>Creates the identifier.</summary>
    /// <param name="value">The identifier text, for example <c>health.bp-check</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or has characters outside the allowed set.</exception>
    public ServiceCode(string value) => Value = Identifier.Validate(value, "service code", nameof(value));

    /// <summary>The identifier text.</summary>
    public string Value { get; }

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text.</returns>
    public override string ToString() => Value ?? string.Empty;
}
