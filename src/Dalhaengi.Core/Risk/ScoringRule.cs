using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Risk;

/// <summary>A scoring rule: when its condition holds, the household's risk score gains <see cref="Points"/>.</summary>
/// <remarks>Points range from −100 to 100; a negative weight lowers the score (for example, already under case management).</remarks>
public sealed record ScoringRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="id">The rule's id, unique within its rule set (shared with red flags).</param>
    /// <param name="description">What the rule detects, shown in explanations.</param>
    /// <param name="when">The condition.</param>
    /// <param name="points">The points added when the condition holds, −100 to 100.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ScoringRule(string id, string description, RiskCondition when, int points)
    {
        Id = Guard.Against.ResidentNumber(Guard.Against.Null(id));
        Description = Guard.Against.ResidentNumber(Guard.Against.Null(description));
        When = Guard.Against.Null(when);
        Points = points;
    }

    /// <summary>The rule's id.</summary>
    public string Id { get; }

    /// <summary>What the rule detects.</summary>
    public string Description { get; }

    /// <summary>The condition.</summary>
    public RiskCondition When { get; }

    /// <summary>The points added when the condition holds.</summary>
    public int Points { get; }
}
