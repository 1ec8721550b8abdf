using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Rotation;

/// <summary>A requirement the planner could not meet, or an assumption it had to make.</summary>
/// <remarks>Codes are stable kebab-case strings documented in <c>docs/rotation.md</c>, for example <c>share-missed</c>.</remarks>
public sealed record RotationWarning
{
    /// <summary>Creates the warning.</summary>
    /// <param name="code">A stable code such as <c>no-local-office</c>.</param>
    /// <param name="message">What happened, readable.</param>
    /// <exception cref="ArgumentException">An argument is empty.</exception>
    public RotationWarning(string code, string message)
    {
        Code = Guard.Against.ResidentNumber(Guard.Against.NullOrWhiteSpace(code));
        Message = Guard.Against.ResidentNumber(Guard.Against.NullOrWhiteSpace(message));
    }

    /// <summary>The stable code.</summary>
    public string Code { get; }

    /// <summary>What happened.</summary>
    public string Message { get; }

    /// <summary>Formats the warning as <c>code: message</c>.</summary>
    /// <returns>The warning on one line.</returns>
    public override string ToString() => $"{Code}: {Message}";
}
