namespace Dalhaengi.Core;

/// <summary>
/// Thrown when an operation would break a named business invariant of an aggregate
/// (for example an illegal referral transition). Distinct from argument errors, which throw
/// <see cref="ArgumentException"/>.
/// </summary>
public sealed class BusinessRuleViolationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="rule">The name of the broken rule, for example <c>ReferralTransitionMustBeLegal</c>.</param>
    /// <param name="message">What happened and why it is not allowed.</param>
    public BusinessRuleViolationException(string rule, string message)
        : base($"{rule}: {message}")
    {
        Rule = rule;
    }

    /// <summary>The name of the broken rule.</summary>
    public string Rule { get; }
}
