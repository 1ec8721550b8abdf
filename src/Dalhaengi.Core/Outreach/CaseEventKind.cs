namespace Dalhaengi.Core.Outreach;

/// <summary>What a <see cref="CaseEvent"/> records.</summary>
public enum CaseEventKind
{
    /// <summary>The case reached a stage (the first event is <see cref="CaseStage.Intake"/>).</summary>
    StageReached,

    /// <summary>A referral was added to the case's services.</summary>
    ServiceAdded,

    /// <summary>A monitoring check was done.</summary>
    MonitoringRecorded,
}
