namespace Dalhaengi.Core.Outreach;

/// <summary>Where a referral stands in its lifecycle.</summary>
/// <remarks>
/// Legal moves: referred → accepted or rejected; accepted → in service or closed; in service → closed;
/// rejected → referred again (to a partner) or closed; closed is final. Only a referral in service can close
/// <see cref="ReferralOutcome.Resolved"/>.
/// </remarks>
public enum ReferralState
{
    /// <summary>Sent to a partner, waiting for its answer (의뢰).</summary>
    Referred,

    /// <summary>The partner took it on (접수).</summary>
    Accepted,

    /// <summary>The partner is serving the household (서비스 제공 중).</summary>
    InService,

    /// <summary>The partner turned it down, with a reason; it must be re-referred or closed (반려).</summary>
    Rejected,

    /// <summary>Ended, with a <see cref="ReferralOutcome"/> (종결).</summary>
    Closed,
}
