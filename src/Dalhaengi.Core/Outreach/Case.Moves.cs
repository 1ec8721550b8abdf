using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;
using NodaTime;

namespace Dalhaengi.Core.Outreach;

/// <summary>The moves of a case and the rules they check.</summary>
public sealed partial class Case
{
    /// <summary>Moves the case to the next stage.</summary>
    /// <param name="next">The stage after <see cref="Stage"/>.</param>
    /// <param name="by">Who recorded it.</param>
    /// <param name="clock">The clock that stamps the move.</param>
    /// <param name="note">A note, or <see langword="null"/>.</param>
    /// <returns>The case at <paramref name="next"/>.</returns>
    /// <exception cref="BusinessRuleViolationException">
    /// <c>CaseStagesAdvanceInOrder</c>: <paramref name="next"/> is not the stage after the current one;
    /// <c>CaseClosureNeedsEveryReferralClosed</c>: <paramref name="next"/> is closure and the case has services
    /// (use <see cref="Close"/> with the referrals; a case without services may close here).
    /// </exception>
    public Case AdvanceTo(CaseStage next, string by, IClock clock, string? note = null)
    {
        Guard.Against.EnumOutOfRange(next);
        return Record(new CaseEvent(CaseEventKind.StageReached, by, Now(clock), next, Note: note), []);
    }

    /// <summary>Adds a referral to the case's services.</summary>
    /// <param name="referral">The referral, opened with this case in its subject.</param>
    /// <param name="by">Who added it.</param>
    /// <param name="clock">The clock that stamps it.</param>
    /// <returns>The case with the service added.</returns>
    /// <exception cref="BusinessRuleViolationException">
    /// <c>CaseServicesComeFromThePlan</c>: the case is not at the service plan or delivery stage, or already has the referral.
    /// </exception>
    public Case AddService(ReferralId referral, string by, IClock clock) =>
        Record(new CaseEvent(CaseEventKind.ServiceAdded, by, Now(clock), Referral: Guard.Against.Default(referral)), []);

    /// <summary>Records a monitoring check during delivery.</summary>
    /// <param name="by">Who checked.</param>
    /// <param name="clock">The clock that stamps it; its day is the check's day.</param>
    /// <param name="note">What was found, or <see langword="null"/>.</param>
    /// <returns>The case with the check recorded.</returns>
    /// <exception cref="BusinessRuleViolationException"><c>MonitoringHappensDuringDelivery</c>: the case is not at delivery and monitoring.</exception>
    public Case RecordMonitoring(string by, IClock clock, string? note = null) =>
        Record(new CaseEvent(CaseEventKind.MonitoringRecorded, by, Now(clock), Note: note), []);

    /// <summary>Closes the case once every service referral is closed.</summary>
    /// <param name="referrals">The case's referrals as they stand now; must include every one in <see cref="Services"/>.</param>
    /// <param name="by">Who closed it.</param>
    /// <param name="clock">The clock that stamps it; its day is <see cref="ClosedOn"/>.</param>
    /// <param name="note">A note, or <see langword="null"/>.</param>
    /// <returns>The case at <see cref="CaseStage.Closure"/>.</returns>
    /// <exception cref="BusinessRuleViolationException">
    /// <c>CaseStagesAdvanceInOrder</c>: the case is not at delivery and monitoring;
    /// <c>CaseClosureNeedsEveryReferralClosed</c>: a service referral is open or missing from <paramref name="referrals"/>.
    /// </exception>
    public Case Close(IEnumerable<Referral> referrals, string by, IClock clock, string? note = null)
    {
        Guard.Against.Null(referrals);
        return Record(new CaseEvent(CaseEventKind.StageReached, by, Now(clock), CaseStage.Closure, Note: note), [.. referrals]);
    }

    /// <summary>Lists the case's dated obligations with the given timing: met, pending, and the next monitoring check.</summary>
    /// <param name="deadlines">The timing; <see cref="CaseDeadlines.Default"/> when <see langword="null"/>.</param>
    /// <returns>The obligations that apply so far, in milestone order.</returns>
    /// <exception cref="DalhaengiValidationException">The timing is invalid.</exception>
    public IReadOnlyList<CaseDeadline> Deadlines(CaseDeadlines? deadlines = null)
    {
        var d = deadlines ?? CaseDeadlines.Default;
        var problems = d.Validate();
        if (problems.Count > 0)
        {
            throw new DalhaengiValidationException(nameof(CaseDeadlines), problems);
        }

        var list = new List<CaseDeadline> { new(CaseMilestone.Assessment, OpenedOn.Plus(d.IntakeToAssessment), StageReachedOn(CaseStage.Assessment)) };
        if (StageReachedOn(CaseStage.CaseConference) is { } conference)
        {
            list.Add(new(CaseMilestone.Selection, conference.Plus(d.ConferenceToSelection), StageReachedOn(CaseStage.Selection)));
        }

        var planDue = OpenedOn.Plus(d.IntakeToPlan);
        if (StageReachedOn(CaseStage.Selection) is { } selected && selected.Plus(d.SelectionToPlan) < planDue)
        {
            planDue = selected.Plus(d.SelectionToPlan);
        }

        list.Add(new(CaseMilestone.ServicePlan, planDue, StageReachedOn(CaseStage.ServicePlan)));
        if (Stage == CaseStage.DeliveryAndMonitoring)
        {
            var last = _monitoring.Count > 0 ? _monitoring[^1] : StageReachedOn(CaseStage.DeliveryAndMonitoring)!.Value;
            list.Add(new(CaseMilestone.Monitoring, last.Plus(d.MonitoringInterval), null));
        }

        if (ClosedOn is { } closed)
        {
            list.Add(new(CaseMilestone.FollowUp, closed.Plus(d.ClosureToFollowUp), StageReachedOn(CaseStage.FollowUp)));
        }

        return list.ToValueList();
    }

    /// <summary>Lists what is overdue today, today being the clock's day in Korea Standard Time.</summary>
    /// <param name="clock">The clock.</param>
    /// <param name="deadlines">The timing; <see cref="CaseDeadlines.Default"/> when <see langword="null"/>.</param>
    /// <returns>The pending obligations past their due date; the due date itself is on time.</returns>
    /// <exception cref="DalhaengiValidationException">The timing is invalid.</exception>
    public IReadOnlyList<CaseDeadline> OverdueToday(IClock clock, CaseDeadlines? deadlines = null)
    {
        var today = OutreachTime.Today(Guard.Against.Null(clock));
        return Deadlines(deadlines).Where(x => x.IsOverdueOn(today)).ToValueList();
    }

    private static Instant Now(IClock clock) => Guard.Against.Null(clock).GetCurrentInstant();

    private Case Record(CaseEvent e, List<Referral> referrals)
    {
        Guard.Against.NullOrWhiteSpace(e.By, nameof(e.By));
        return Apply(e, referrals);
    }

    private Case Apply(CaseEvent e, List<Referral> referrals)
    {
        if (e.At < _history[^1].At)
        {
            throw new BusinessRuleViolationException("CaseHistoryMustMoveForward", $"case {Id} cannot record an event at {e.At}, before its last one at {_history[^1].At}.");
        }

        switch (e.Kind)
        {
            case CaseEventKind.StageReached:
                CheckStage(e.Stage ?? throw new ArgumentException($"A stage event of case {Id} needs its stage.", nameof(e)), referrals);
                break;
            case CaseEventKind.ServiceAdded:
                var referral = e.Referral ?? throw new ArgumentException($"A service event of case {Id} needs its referral.", nameof(e));
                if (Stage is not (CaseStage.ServicePlan or CaseStage.DeliveryAndMonitoring) || _services.Contains(referral))
                {
                    throw new BusinessRuleViolationException("CaseServicesComeFromThePlan", $"case {Id} is at {Stage}; services are added once, at the service plan or during delivery (referral {referral}).");
                }

                break;
            case CaseEventKind.MonitoringRecorded:
                if (Stage != CaseStage.DeliveryAndMonitoring)
                {
                    throw new BusinessRuleViolationException("MonitoringHappensDuringDelivery", $"case {Id} is at {Stage}; monitoring is recorded during delivery and monitoring.");
                }

                break;
            default:
                throw new ArgumentException($"Unknown case event kind {(int)e.Kind}.", nameof(e));
        }

        return new Case(Id, Household, District, _history.Append(e).ToValueList());
    }

    private void CheckStage(CaseStage next, List<Referral> referrals)
    {
        if ((int)next != (int)Stage + 1)
        {
            throw new BusinessRuleViolationException("CaseStagesAdvanceInOrder", $"case {Id} is at {Stage}; the next stage is {(Stage == CaseStage.FollowUp ? "none (follow-up is the last)" : (Stage + 1).ToString())}, not {next}.");
        }

        if (next != CaseStage.Closure)
        {
            return;
        }

        var byId = referrals.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.Last());
        var open = _services.Where(id => !byId.TryGetValue(id, out var r) || r.IsOpen).ToList();
        if (open.Count > 0)
        {
            throw new BusinessRuleViolationException(
                "CaseClosureNeedsEveryReferralClosed",
                $"case {Id} cannot close: referral{(open.Count == 1 ? "" : "s")} {string.Join(", ", open)} {(open.Count == 1 ? "is" : "are")} open or not given; close {(open.Count == 1 ? "it" : "them")} first and pass the case's referrals to Close.");
        }
    }
}
