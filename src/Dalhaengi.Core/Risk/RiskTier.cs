using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Risk;

/// <summary>
/// A risk tier: the score from which it applies, the recommended action and the response deadline
/// (urgent: same day, referral to the mental-health centre or 119; high: visit within 7 days…).
/// </summary>
/// <remarks><see cref="ResponseDays"/> counts calendar days from the assessment; 0 means the same day.</remarks>
public sealed record RiskTier
{
    /// <summary>Creates the tier.</summary>
    /// <param name="id">The tier's id, for example <c>urgent</c>.</param>
    /// <param name="name">The Korean and English names, for example 긴급 (Urgent).</param>
    /// <param name="minScore">The lowest score in the tier; tiers are listed from lowest to highest with strictly increasing scores.</param>
    /// <param name="action">The recommended action.</param>
    /// <param name="responseDays">The response deadline in days, 0 or more.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public RiskTier(string id, BilingualName name, int minScore, string action, int responseDays)
    {
        Id = Guard.Against.ResidentNumber(Guard.Against.Null(id));
        Name = name;
        MinScore = minScore;
        Action = Guard.Against.ResidentNumber(Guard.Against.Null(action));
        ResponseDays = responseDays;
    }

    /// <summary>The tier's id.</summary>
    public string Id { get; }

    /// <summary>The Korean and English names.</summary>
    public BilingualName Name { get; }

    /// <summary>The lowest score in the tier.</summary>
    public int MinScore { get; }

    /// <summary>The recommended action.</summary>
    public string Action { get; }

    /// <summary>The response deadline in days; 0 means the same day.</summary>
    public int ResponseDays { get; }
}
