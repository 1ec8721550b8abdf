namespace Dalhaengi.Core.Households;

/// <summary>States whether the outreach team can reach the household.</summary>
public enum ContactStatus
{
    /// <summary>The household answers the phone or the door.</summary>
    Reachable,

    /// <summary>Calls and visits have not reached anyone; the team is tracing the household.</summary>
    Unreachable,

    /// <summary>The household has moved away from its registered address.</summary>
    Moved,
}
