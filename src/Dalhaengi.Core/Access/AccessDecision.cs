namespace Dalhaengi.Core.Access;

/// <summary>
/// The policy's answer to one request, with the rule that decided it and a reason a person can read.
/// </summary>
/// <param name="Allowed">Whether the principal may see the subject.</param>
/// <param name="Rule">The rule that decided, for example <c>outside-districts</c> or <c>granted</c>; stable, for logs and tests.</param>
/// <param name="Reason">Why, in Korean then English; it names ids and roles, never personal data.</param>
public sealed record AccessDecision(bool Allowed, string Rule, string Reason)
{
    /// <summary>Returns the decision on one line.</summary>
    /// <returns>For example <c>denied (outside-districts): …</c>.</returns>
    public override string ToString() => $"{(Allowed ? "allowed" : "denied")} ({Rule}): {Reason}";
}
