namespace Dalhaengi.Core.Outreach;

/// <summary>A dated obligation of a case, checked against <see cref="CaseDeadlines"/>.</summary>
public enum CaseMilestone
{
    /// <summary>Reach <see cref="CaseStage.Assessment"/>, counted from intake.</summary>
    Assessment,

    /// <summary>Reach <see cref="CaseStage.Selection"/>, counted from the case conference.</summary>
    Selection,

    /// <summary>Reach <see cref="CaseStage.ServicePlan"/>, counted from intake and from selection (the earlier governs).</summary>
    ServicePlan,

    /// <summary>Record the next monitoring check while services are delivered.</summary>
    Monitoring,

    /// <summary>Reach <see cref="CaseStage.FollowUp"/>, counted from closure.</summary>
    FollowUp,
}
