using Ardalis.GuardClauses;
using NodaTime;

namespace Dalhaengi.Core.Access;

/// <summary>One retention rule: what happens to which data how long after the household's last case closes.</summary>
/// <remarks>The period is counted from the closing day of the household's last closed case; a household with an open case is never touched.</remarks>
public sealed record RetentionRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="data">What it applies to.</param>
    /// <param name="action">What happens.</param>
    /// <param name="after">How long after the case closes, in whole years, months, weeks or days; not negative.</param>
    /// <exception cref="ArgumentException">An enum is not defined or the period has a time part or is negative.</exception>
    public RetentionRule(RetentionData data, RetentionAction action, Period after)
    {
        Data = Guard.Against.EnumOutOfRange(data);
        Action = Guard.Against.EnumOutOfRange(action);
        Guard.Against.Null(after);
        if (after.HasTimeComponent || after.Years < 0 || after.Months < 0 || after.Weeks < 0 || after.Days < 0)
        {
            throw new ArgumentException("A retention period is whole years, months, weeks or days and not negative.", nameof(after));
        }

        After = after;
    }

    /// <summary>What it applies to.</summary>
    public RetentionData Data { get; }

    /// <summary>What happens.</summary>
    public RetentionAction Action { get; }

    /// <summary>How long after the case closes.</summary>
    public Period After { get; }

    /// <summary>Tells whether the rule is due for a case closed on a day.</summary>
    /// <param name="closedOn">The closing day.</param>
    /// <param name="today">Today.</param>
    /// <returns><see langword="true"/> from the day the period ends.</returns>
    public bool IsDue(LocalDate closedOn, LocalDate today) => closedOn.Plus(After) <= today;
}
