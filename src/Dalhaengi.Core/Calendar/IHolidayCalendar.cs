using NodaTime;

namespace Dalhaengi.Core.Calendar;

/// <summary>
/// The public holidays (공휴일) a Korean government office keeps: regular, substitute, election,
/// temporary and local days. Sundays are holidays for offices; Saturdays are not holidays but are
/// not working days either.
/// </summary>
public interface IHolidayCalendar
{
    /// <summary>Tells whether a day is a holiday, including every Sunday.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> for a Sunday or any listed holiday.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the supported range.</exception>
    bool IsHoliday(LocalDate date);

    /// <summary>Finds the holiday on a day, other than a plain Sunday.</summary>
    /// <param name="date">The day.</param>
    /// <returns>
    /// The holiday, or <see langword="null"/>. When several fall on one day, the most specific: regular, then election,
    /// then temporary, then substitute (which exists only because of another day), then local.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the supported range.</exception>
    Holiday? FindHoliday(LocalDate date);

    /// <summary>Lists the holidays of a year, other than plain Sundays, sorted by date.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The holidays; a day with two reasons appears once per reason.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the supported range.</exception>
    IReadOnlyList<Holiday> GetHolidays(int year);

    /// <summary>Lists the holidays in an interval (both ends inclusive), other than plain Sundays, sorted by date.</summary>
    /// <param name="interval">The interval.</param>
    /// <returns>The holidays.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The interval reaches outside the supported range.</exception>
    IReadOnlyList<Holiday> GetHolidays(DateInterval interval);

    /// <summary>Tells whether the county office works on a day: not a Saturday, not a holiday.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> on a working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the supported range.</exception>
    bool IsWorkingDay(LocalDate date);

    /// <summary>Returns the first working day strictly after a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The next working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The search reaches outside the supported range.</exception>
    LocalDate NextWorkingDay(LocalDate date);

    /// <summary>Returns a calendar with more days off, leaving this one unchanged.</summary>
    /// <param name="additionalDays">Days to add, for example a newly designated temporary holiday or a county closure.</param>
    /// <returns>A new calendar that has every holiday of this one plus the additional days; adding never removes a holiday.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A day lies outside the supported range.</exception>
    IHolidayCalendar With(IEnumerable<Holiday> additionalDays);
}
