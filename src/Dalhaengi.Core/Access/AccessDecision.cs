using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Access;

/// <summary>
/// The policy's answer to one request, with the rule that decided it and a reason a person can read.
/// </summary>
/// <param name="Allowed">Whether the principal may see the subject.</param>
/// <param name="Rule">The rule that decided, for example <c>outside-districts</c> or <c>granted</c>; stable, for logs and tests.</param>
/// <param name="Reason">Why, in Korean then English; it names ids and roles, never personal data.</param>
/// <exception cref="ArgumentException"><paramref name="Rule"/> or <paramref name="Reason"/> is empty or holds a resident registration number.</exception>
public sealed record AccessDecision(bool Allowed, string Rule, string Reason)
{
    // Decisions are written to the access record: checked in the setters too, so `with` cannot bypass them.
    private readonly string _rule = Checked(Rule, nameof(Rule));
    private readonly string _reason = Checked(Reason, nameof(Reason));

    /// <summary>The rule that decided, for example <c>outside-districts</c> or <c>granted</c>; stable, for logs and tests.</summary>
    public string Rule { get => _rule; init => _rule = Checked(value, nameof(Rule)); }

    /// <summary>Why, in Korean then English; it names ids and roles, never personal data.</summary>
    public string Reason { get => _reason; init => _reason = Checked(value, nameof(Reason)); }

    /// <summary>Returns the decision on one line.</summary>
    /// <returns>For example <c>denied (outside-districts): …</c>.</returns>
    public override string ToString() => $"{(Allowed ? "allowed" : "denied")} ({Rule}): {Reason}";

    private static string Checked(string value, string parameterName) =>
        Guard.Against.ResidentNumber(Guard.Against.NullOrWhiteSpace(value, parameterName), parameterName);
}
