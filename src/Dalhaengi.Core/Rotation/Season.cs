using Ardalis.GuardClauses;
using Dalhaengi.Core.Calendar;
using Dalhaengi.Core.Internal;
using NodaTime;

namespace Dalhaengi.Core.Rotation;

/// <summary>
/// A season of outreach sessions: the dates, the session weekdays, how many sessions run on one day, and the days
/// without sessions (holidays, the municipality's own closures, blackouts).
/// </summary>
/// <remarks>
/// Yangpyeong's season runs from early March to mid-December, one session every Wednesday. A large city such as
/// Hwaseong runs several sessions on one day (<see cref="SessionsPerDay"/>); the slots of one day are treated as
/// simultaneous, so no partner team and no site serves two slots of one day.
/// </remarks>
public sealed class Season
{
    /// <summary>Creates a season.</summary>
    /// <param name="dates">The season's first and last day (both inclusive).</param>
    /// <param name="weekdays">The weekdays sessions are held on; at least one.</param>
    /// <param name="calendar">The holiday calendar (공휴일); no session is planned on a holiday.</param>
    /// <param name="sessionsPerDay">Sessions on one day, 1 to 50.</param>
    /// <param name="blackouts">Periods without sessions.</param>
    /// <param name="closures">The municipality's own closure days, in addition to the calendar's holidays.</param>
    /// <param name="maxSessions">At most this many sessions in the season, or <see langword="null"/> for no cap.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> or <paramref name="calendar"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No weekday, an invalid weekday, or a count out of range.</exception>
    public Season(
        DateInterval dates,
        IEnumerable<IsoDayOfWeek> weekdays,
        IHolidayCalendar calendar,
        int sessionsPerDay = 1,
        IEnumerable<SeasonBlackout>? blackouts = null,
        IEnumerable<Holiday>? closures = null,
        int? maxSessions = null)
    {
        Dates = Guard.Against.Null(dates);
        var days = Guard.Against.Null(weekdays).Distinct().Order().ToValueList();
        Guard.Against.Zero(days.Count, nameof(weekdays));
        foreach (var d in days)
        {
            Guard.Against.OutOfRange((int)d, nameof(weekdays), 1, 7);
        }

        Weekdays = days;
        Calendar = Guard.Against.Null(calendar);
        SessionsPerDay = Guard.Against.OutOfRange(sessionsPerDay, nameof(sessionsPerDay), 1, 50);
        Blackouts = (blackouts ?? []).Select(b => Guard.Against.Null(b, nameof(blackouts)))
            .OrderBy(b => b.Dates.Start).ThenBy(b => b.Dates.End).ThenBy(b => b.Reason, StringComparer.Ordinal).ToValueList();
        Closures = (closures ?? []).Select(c => Guard.Against.Null(c, nameof(closures)))
            .OrderBy(c => c.Date).ThenBy(c => c.Name.Korean, StringComparer.Ordinal).ToValueList();
        MaxSessions = maxSessions is null ? null : Guard.Against.Negative(maxSessions.Value, nameof(maxSessions));
    }

    /// <summary>The season's first and last day.</summary>
    public DateInterval Dates { get; }

    /// <summary>The session weekdays, sorted.</summary>
    public IReadOnlyList<IsoDayOfWeek> Weekdays { get; }

    /// <summary>The holiday calendar.</summary>
    public IHolidayCalendar Calendar { get; }

    /// <summary>Sessions on one day.</summary>
    public int SessionsPerDay { get; }

    /// <summary>Periods without sessions, sorted by start.</summary>
    public IReadOnlyList<SeasonBlackout> Blackouts { get; }

    /// <summary>The municipality's own closure days, sorted by date.</summary>
    public IReadOnlyList<Holiday> Closures { get; }

    /// <summary>The most sessions in the season, or <see langword="null"/> for no cap.</summary>
    public int? MaxSessions { get; }

    /// <summary>Tells why no session can be held on a day, or that one can.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The reason and its description (naming the holiday or blackout), or <see langword="null"/> on a session day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The calendar does not cover the day's year.</exception>
    /// <remarks>Days outside the season or on other weekdays are not session days and are reported as <see cref="SkipReason.NotASessionDay"/>.</remarks>
    public SkippedSlot? CheckDay(LocalDate date)
    {
        if (!Dates.Contains(date) || !Weekdays.Contains(date.DayOfWeek))
        {
            return new SkippedSlot(date, null, SkipReason.NotASessionDay, "not a session day of the season");
        }

        foreach (var c in Closures)
        {
            if (c.Date == date)
            {
                return new SkippedSlot(date, null, SkipReason.Closure, c.Name.ToString());
            }
        }

        if (Calendar.FindHoliday(date) is { } holiday)
        {
            return new SkippedSlot(date, null, SkipReason.Holiday, holiday.Name.ToString());
        }

        if (Calendar.IsHoliday(date))
        {
            return new SkippedSlot(date, null, SkipReason.Holiday, date.DayOfWeek == IsoDayOfWeek.Sunday ? "일요일 (Sunday)" : "공휴일 (public holiday)");
        }

        foreach (var b in Blackouts)
        {
            if (b.Dates.Contains(date))
            {
                return new SkippedSlot(date, null, SkipReason.Blackout, b.Reason);
            }
        }

        return null;
    }

    /// <summary>Lists the season's days that fall on a session weekday, in order.</summary>
    /// <returns>The days, whether or not a holiday or blackout prevents a session on them.</returns>
    public IEnumerable<LocalDate> WeekdayDates()
    {
        for (var d = Dates.Start; d <= Dates.End; d = d.PlusDays(1))
        {
            if (Weekdays.Contains(d.DayOfWeek))
            {
                yield return d;
            }
        }
    }
}
