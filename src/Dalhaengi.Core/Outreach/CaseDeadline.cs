using NodaTime;

namespace Dalhaengi.Core.Outreach;

/// <summary>One dated obligation of a case: what, by when, and when it was met.</summary>
/// <param name="Milestone">What must happen.</param>
/// <param name="DueOn">The last day it is on time.</param>
/// <param name="MetOn">The day it happened, or <see langword="null"/> while pending.</param>
public sealed record CaseDeadline(CaseMilestone Milestone, LocalDate DueOn, LocalDate? MetOn)
{
    /// <summary>Tells whether the obligation is pending past its due date on a given day (the due date itself is on time).</summary>
    /// <param name="today">The day.</param>
    /// <returns><see langword="true"/> when not met and <paramref name="today"/> is after <see cref="DueOn"/>.</returns>
    public bool IsOverdueOn(LocalDate today) => MetOn is null && today > DueOn;

    /// <summary>Whether it was met, but after its due date.</summary>
    public bool WasMetLate => MetOn > DueOn;
}
