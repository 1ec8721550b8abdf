using Dalhaengi.Core.Calendar;
using NodaTime;

namespace Dalhaengi.SampleHost.Infrastructure;

/// <summary>
/// The stand-in holiday calendar the host uses when none is registered: Sundays plus any added days. Public holidays
/// are not known to it; the rotation commands warn when they fall back to it.
/// </summary>
internal sealed class SundaysOnlyCalendar(IEnumerable<Holiday>? days = null) : IHolidayCalendar
{
    private readonly Holiday[] _days = [.. (days ?? []).OrderBy(d => d.Date)];

    public bool IsHoliday(LocalDate date) => date.DayOfWeek == IsoDayOfWeek.Sunday || FindHoliday(date) is not null;

    public Holiday? FindHoliday(LocalDate date) => Array.Find(_days, d => d.Date == date);

    public IReadOnlyList<Holiday> GetHolidays(int year) => [.. _days.Where(d => d.Date.Year == year)];

    public IReadOnlyList<Holiday> GetHolidays(DateInterval interval) => [.. _days.Where(d => interval.Contains(d.Date))];

    public bool IsWorkingDay(LocalDate date) => date.DayOfWeek != IsoDayOfWeek.Saturday && !IsHoliday(date);

    public LocalDate NextWorkingDay(LocalDate date)
    {
        var d = date.PlusDays(1);
        while (!IsWorkingDay(d))
        {
            d = d.PlusDays(1);
        }

        return d;
    }

    public IHolidayCalendar With(IEnumerable<Holiday> additionalDays) => new SundaysOnlyCalendar(_days.Concat(additionalDays));
}
