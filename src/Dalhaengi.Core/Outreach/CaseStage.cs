namespace Dalhaengi.Core.Outreach;

/// <summary>
/// The stages of integrated case management (통합사례관리), in order. Discovery and the first consultation happen
/// before a case is opened, at the 읍면동.
/// </summary>
public enum CaseStage
{
    /// <summary>Intake (접수): the case is opened.</summary>
    Intake,

    /// <summary>Needs and crisis assessment (욕구 및 위기도 사정).</summary>
    Assessment,

    /// <summary>Case conference (사례회의).</summary>
    CaseConference,

    /// <summary>Classification and selection (대상자 구분 및 선정).</summary>
    Selection,

    /// <summary>Service plan (서비스 계획 수립).</summary>
    ServicePlan,

    /// <summary>Service delivery and monitoring (서비스 제공 및 점검).</summary>
    DeliveryAndMonitoring,

    /// <summary>Closure (종결): every service referral is closed.</summary>
    Closure,

    /// <summary>Follow-up (사후관리), back at the 읍면동.</summary>
    FollowUp,
}
