using NodaTime;

namespace Dalhaengi.Core.Calendar;

/// <summary>
/// A term-expiry election whose day 공직선거법 §34 fixes by rule, from <c>Data/calendar/statutory-elections.json</c>.
/// </summary>
/// <param name="Key">A stable key such as <c>local</c>.</param>
/// <param name="Name">The name a projected day carries, marked 예정 (projected).</param>
/// <param name="FirstTermEnd">The first term end to project from.</param>
/// <param name="EveryYears">The term length in years.</param>
/// <param name="DaysBefore">How many days before the term end the election window opens (70, 50 or 30).</param>
internal sealed record StatutoryElection(string Key, BilingualName Name, LocalDate FirstTermEnd, int EveryYears, int DaysBefore)
{
    /// <summary>Lists the term ends that fall in a year.</summary>
    public IEnumerable<LocalDate> TermEndsIn(int year)
    {
        for (var end = FirstTermEnd; end.Year <= year; end = end.PlusYears(EveryYears))
        {
            if (end.Year == year)
            {
                yield return end;
            }
        }
    }

    /// <summary>
    /// Computes the election day for a term end: the first Wednesday on or after <paramref name="termEnd"/> minus
    /// <see cref="DaysBefore"/>, or the Wednesday after it when that Wednesday, or the day before or after it, is a
    /// public holiday (설날 and 추석, the folk-festival days, are public holidays too).
    /// </summary>
    /// <param name="termEnd">The day the term ends.</param>
    /// <param name="isPublicHoliday">Tells whether a day is a public holiday other than a Sunday.</param>
    public LocalDate DayFor(LocalDate termEnd, Func<LocalDate, bool> isPublicHoliday)
    {
        var start = termEnd.PlusDays(-DaysBefore);
        var wednesday = start.DayOfWeek <= IsoDayOfWeek.Wednesday
            ? start.PlusDays(IsoDayOfWeek.Wednesday - start.DayOfWeek)
            : start.PlusDays(7 - (start.DayOfWeek - IsoDayOfWeek.Wednesday));
        return isPublicHoliday(wednesday) || isPublicHoliday(wednesday.PlusDays(-1)) || isPublicHoliday(wednesday.PlusDays(1))
            ? wednesday.PlusWeeks(1)
            : wednesday;
    }

    /// <summary>
    /// Gets the first day a shipped election day for a term end may lie on and still replace the projection:
    /// two weeks before the window opens, to allow for a special law moving the day.
    /// </summary>
    public LocalDate OverrideFrom(LocalDate termEnd) => termEnd.PlusDays(-DaysBefore - 14);
}
