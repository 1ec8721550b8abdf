using NodaTime;

namespace Dalhaengi.Core.Calendar;

/// <summary>
/// One era of the substitute-holiday law (대체공휴일): which holidays get a substitute, from which date,
/// and what triggers it. Loaded from <c>Data/calendar/substitute-rules.json</c>, so a change of law is a data change.
/// </summary>
/// <param name="From">The first holiday date the rule applies to (inclusive).</param>
/// <param name="Until">The last holiday date the rule applies to (inclusive), or <see langword="null"/> while in force.</param>
/// <param name="Holidays">The holidays the rule covers.</param>
/// <param name="Triggers">What the holiday must fall on.</param>
/// <param name="Law">The law and amendment the rule comes from, for people reading the data.</param>
internal sealed record SubstituteRule(
    LocalDate From,
    LocalDate? Until,
    IReadOnlySet<RegularHoliday> Holidays,
    IReadOnlySet<SubstituteTrigger> Triggers,
    string Law)
{
    /// <summary>Tells whether the rule covers a holiday on a day.</summary>
    public bool Covers(RegularHoliday holiday, LocalDate day) =>
        Holidays.Contains(holiday) && day >= From && (Until is not { } until || day <= until);
}
