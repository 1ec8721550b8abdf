namespace Dalhaengi.Core.Rotation;

/// <summary>What became of a planned session.</summary>
public enum HeldSessionStatus
{
    /// <summary>The session took place.</summary>
    Held,

    /// <summary>The session was cancelled, for example for weather.</summary>
    Cancelled,
}
