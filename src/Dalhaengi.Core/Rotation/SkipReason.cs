namespace Dalhaengi.Core.Rotation;

/// <summary>Why a session day or slot has no session.</summary>
public enum SkipReason
{
    /// <summary>A public holiday (공휴일) or Sunday; the description names it.</summary>
    Holiday,

    /// <summary>One of the municipality's own closure days; the description names it.</summary>
    Closure,

    /// <summary>A season blackout such as a summer break; the description gives its reason.</summary>
    Blackout,

    /// <summary>The season's cap on the number of sessions was reached.</summary>
    SeasonCap,

    /// <summary>No district had a feasible site and team; the description says what blocked them.</summary>
    NoFeasibleSession,

    /// <summary>A session that was planned but cancelled (for example for weather), from the held record.</summary>
    Cancelled,

    /// <summary>A past slot that the held record does not mention, taken as not held.</summary>
    NotHeld,

    /// <summary>The day is outside the season or not one of its weekdays.</summary>
    NotASessionDay,
}
