namespace Dalhaengi.Core.Rotation;

/// <summary>Whether a session is planned or already held.</summary>
public enum PlannedSessionStatus
{
    /// <summary>Planned by the planner.</summary>
    Planned,

    /// <summary>Held, taken as fixed from the held record of a re-plan.</summary>
    Held,
}
