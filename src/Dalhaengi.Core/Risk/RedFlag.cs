using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Risk;

/// <summary>
/// A red flag: when its condition holds, the household's tier is at least <see cref="MinimumTier"/>, whatever its
/// score (PHQ-9 item 9 above 0 → urgent).
/// </summary>
public sealed record RedFlag
{
    /// <summary>Creates the red flag.</summary>
    /// <param name="id">The flag's id, unique within its rule set (shared with scoring rules).</param>
    /// <param name="description">What the flag detects, shown in explanations.</param>
    /// <param name="when">The condition.</param>
    /// <param name="minimumTier">The id of the tier the household is raised to at least.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public RedFlag(string id, string description, RiskCondition when, string minimumTier)
    {
        Id = Guard.Against.ResidentNumber(Guard.Against.Null(id));
        Description = Guard.Against.ResidentNumber(Guard.Against.Null(description));
        When = Guard.Against.Null(when);
        MinimumTier = Guard.Against.ResidentNumber(Guard.Against.Null(minimumTier));
    }

    /// <summary>The flag's id.</summary>
    public string Id { get; }

    /// <summary>What the flag detects.</summary>
    public string Description { get; }

    /// <summary>The condition.</summary>
    public RiskCondition When { get; }

    /// <summary>The id of the minimum tier.</summary>
    public string MinimumTier { get; }
}
