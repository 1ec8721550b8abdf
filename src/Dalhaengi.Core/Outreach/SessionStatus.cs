namespace Dalhaengi.Core.Outreach;

/// <summary>Whether a session took place.</summary>
public enum SessionStatus
{
    /// <summary>The session was held.</summary>
    Held,

    /// <summary>The session was called off; see <see cref="CancellationReason"/>.</summary>
    Cancelled,
}
