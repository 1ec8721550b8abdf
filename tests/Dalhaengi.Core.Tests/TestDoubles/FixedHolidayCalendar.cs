using Dalhaengi.Core.Calendar;
using NodaTime;

namespace Dalhaengi.Core.Tests.TestDoubles;

/// <summary>A holiday calendar over a fixed list of holidays plus every Sunday; stands in for the real Korean calendar.</summary>
public sealed class FixedHolidayCalendar(IEnumerable<Holiday>? holidays = null) : IHolidayCalendar
{
    private readonly List<Holiday> _holidays = [.. (holidays ?? []).OrderBy(h => h.Date)];

    public static FixedHolidayCalendar SundaysOnly { get; } = new();

    public static Holiday Day(int year, int month, int day, string korean, string english) =>
        new(new LocalDate(year, month, day), HolidayKind.Regular, new BilingualName(korean, english));

    public bool IsHoliday(LocalDate date) => date.DayOfWeek == IsoDayOfWeek.Sunday || FindHoliday(date) is not null;

    public Holiday? FindHoliday(LocalDate date) => _holidays.Find(h => h.Date == date);

    public IReadOnlyList<Holiday> GetHolidays(int year) => [.. _holidays.Where(h => h.Date.Year == year)];

    public IReadOnlyList<Holiday> GetHolidays(DateInterval interval) => [.. _holidays.Where(h => interval.Contains(h.Date))];

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

    public IHolidayCalendar With(IEnumerable<Holiday> additionalDays) => new FixedHolidayCalendar(_holidays.Concat(additionalDays));
}
