namespace Dalhaengi.Core.Risk;

/// <summary>The result of screening one household without explanation: its score and its tier.</summary>
/// <remarks>
/// <see cref="Tier"/> is the index of the tier in <see cref="RiskRuleSet.Tiers"/> (0 is the lowest); ask
/// <see cref="RiskEvaluator.Explain(HouseholdBatch, int)"/> for the reasons.
/// </remarks>
public readonly record struct RiskScore
{
    /// <summary>Creates the result.</summary>
    /// <param name="score">The sum of the points of the rules that fired.</param>
    /// <param name="tier">The index of the tier in the rule set, after red flags.</param>
    public RiskScore(int score, int tier)
    {
        Score = score;
        Tier = tier;
    }

    /// <summary>The sum of the points of the rules that fired.</summary>
    public int Score { get; }

    /// <summary>The index of the tier in <see cref="RiskRuleSet.Tiers"/>, after red flags; 0 is the lowest.</summary>
    public int Tier { get; }
}
