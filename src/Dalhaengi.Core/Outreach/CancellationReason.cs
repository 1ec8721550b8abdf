namespace Dalhaengi.Core.Outreach;

/// <summary>Why a session was called off.</summary>
public enum CancellationReason
{
    /// <summary>Rain, snow, storm or other bad weather.</summary>
    Weather,

    /// <summary>A heat wave (폭염): outdoor sessions for elders are called off in heat warnings.</summary>
    HeatWave,

    /// <summary>Any other reason, explained in the notes.</summary>
    Other,
}
