namespace Dalhaengi.Core.Rotation;

/// <summary>Which rule set a district's due slot in the planner.</summary>
internal enum DueRule
{
    /// <summary>The even pace of its fair share.</summary>
    Pace,

    /// <summary>The high-risk response window.</summary>
    HighRisk,

    /// <summary>The longest-gap bound after its last session.</summary>
    LongestGap,
}
