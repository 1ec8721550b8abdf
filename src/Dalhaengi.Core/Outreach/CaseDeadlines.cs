using NodaTime;

namespace Dalhaengi.Core.Outreach;

/// <summary>
/// The timing of integrated case management, configurable per local government.
/// </summary>
/// <remarks>
/// Defaults follow the published guidance: intake to assessment about 10 days, case conference to selection
/// about 5 days, plan drafted in about 15 days and within 30 days of intake. Monitoring every 30 days and
/// follow-up within 90 days of closure are this library's defaults, not published figures: each local government
/// sets them. Every period is whole days, weeks or months.
/// </remarks>
public sealed record CaseDeadlines
{
    /// <summary>The defaults described above.</summary>
    public static CaseDeadlines Default { get; } = new();

    /// <summary>Intake to assessment; 10 days unless set.</summary>
    public Period IntakeToAssessment { get; init; } = Period.FromDays(10);

    /// <summary>Case conference to selection; 5 days unless set.</summary>
    public Period ConferenceToSelection { get; init; } = Period.FromDays(5);

    /// <summary>Selection to service plan (drafting time); 15 days unless set.</summary>
    public Period SelectionToPlan { get; init; } = Period.FromDays(15);

    /// <summary>Intake to service plan in total; 30 days unless set.</summary>
    public Period IntakeToPlan { get; init; } = Period.FromDays(30);

    /// <summary>Between monitoring checks during delivery; 30 days unless set.</summary>
    public Period MonitoringInterval { get; init; } = Period.FromDays(30);

    /// <summary>Closure to follow-up; 90 days unless set.</summary>
    public Period ClosureToFollowUp { get; init; } = Period.FromDays(90);

    internal List<ValidationProblem> Validate()
    {
        var anchor = new LocalDate(2000, 1, 1);
        var problems = new List<ValidationProblem>();
        foreach (var (name, value) in new[]
        {
            (nameof(IntakeToAssessment), IntakeToAssessment), (nameof(ConferenceToSelection), ConferenceToSelection),
            (nameof(SelectionToPlan), SelectionToPlan), (nameof(IntakeToPlan), IntakeToPlan),
            (nameof(MonitoringInterval), MonitoringInterval), (nameof(ClosureToFollowUp), ClosureToFollowUp),
        })
        {
            if (!OutreachTime.IsValidDeadline(value, anchor))
            {
                problems.Add(new(name, "must be whole days, weeks or months and not negative"));
            }
        }

        if (MonitoringInterval is not null && OutreachTime.IsValidDeadline(MonitoringInterval, anchor) && anchor.Plus(MonitoringInterval) == anchor)
        {
            problems.Add(new(nameof(MonitoringInterval), "must be longer than zero"));
        }

        return problems;
    }
}
