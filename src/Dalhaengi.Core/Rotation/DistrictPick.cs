namespace Dalhaengi.Core.Rotation;

/// <summary>Why the planner gave a slot to a district.</summary>
public enum DistrictPick
{
    /// <summary>The district has high or urgent households and no session yet within the risk response window.</summary>
    HighRiskResponse,

    /// <summary>
    /// The district was due earliest under the even pace of its fair share (the summary says whether it was behind or
    /// ahead of that pace).
    /// </summary>
    FairShare,

    /// <summary>Every feasible district had its fair share; the slot went to the one with the highest Sainte-Laguë priority.</summary>
    AboveShare,

    /// <summary>The session comes from the held record of a re-plan.</summary>
    Held,

    /// <summary>
    /// The district's last session was long enough ago that <see cref="RotationPolicy.MaxGapFactor"/> made it due
    /// earlier than its pace.
    /// </summary>
    LongestGap,

    /// <summary>
    /// The improvement phase gave the slot to the district: the greedy order left it below its quota, and planning the
    /// season again with this choice raised fair coverage.
    /// </summary>
    Improvement,

    /// <summary>
    /// The longest-gap repair gave the slot to the district: the plan the planner's order made left some district past
    /// its <see cref="RotationPolicy.MaxGapFactor"/> bound, and an exact search over the season found a schedule that
    /// keeps every district within its bound at no loss of fair or high-risk coverage (the summary names the broken
    /// bound and the district the planner's order would have chosen).
    /// </summary>
    GapRepair,
}
