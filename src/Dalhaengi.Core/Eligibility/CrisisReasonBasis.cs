namespace Dalhaengi.Core.Eligibility;

/// <summary>Where a built-in crisis reason comes from.</summary>
internal enum CrisisReasonBasis
{
    /// <summary>The Emergency Welfare Support Act itself (긴급복지지원법 §2).</summary>
    Act,

    /// <summary>The ministry's notice (보건복지부 고시).</summary>
    MinistryNotice,

    /// <summary>A local ordinance (지자체 조례).</summary>
    LocalOrdinance,
}
