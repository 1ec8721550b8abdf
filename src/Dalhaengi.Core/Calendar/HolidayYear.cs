using NodaTime;

namespace Dalhaengi.Core.Calendar;

/// <summary>
/// The holidays of one year, indexed for lookups without allocation: a 366-bit set of the days that are
/// holidays (Sundays included) and, per day, the holiday <see cref="KoreanHolidayCalendar.FindHoliday"/> reports.
/// Built once per year and calendar, then only read, so it is safe to share between threads.
/// </summary>
internal sealed class HolidayYear
{
    private readonly ulong[] _bits = new ulong[6];
    private readonly Holiday?[] _preferred = new Holiday?[366];

    public HolidayYear(int year, IEnumerable<Holiday> holidays)
    {
        Holidays = [.. holidays.Distinct().OrderBy(h => h.Date).ThenBy(h => Rank(h.Kind))];
        for (var d = new LocalDate(year, 1, 1); d.Year == year; d = d.PlusDays(1))
        {
            if (d.DayOfWeek == IsoDayOfWeek.Sunday)
            {
                Set(d.DayOfYear);
            }
        }

        foreach (var holiday in Holidays)
        {
            var day = holiday.Date.DayOfYear;
            Set(day);
            if (_preferred[day - 1] is null)
            {
                _preferred[day - 1] = holiday;
            }
        }
    }

    /// <summary>The holidays of the year other than plain Sundays, sorted by date and then by <see cref="Rank"/>.</summary>
    public IReadOnlyList<Holiday> Holidays { get; }

    /// <summary>Tells whether the day of the year (1 to 366) is a holiday.</summary>
    public bool Contains(int dayOfYear)
    {
        var index = dayOfYear - 1;
        return (_bits[index >> 6] & (1UL << (index & 63))) != 0;
    }

    /// <summary>Returns the most specific holiday on a day of the year, or <see langword="null"/>.</summary>
    public Holiday? Find(int dayOfYear) => _preferred[dayOfYear - 1];

    /// <summary>
    /// Orders the reasons for one day from most to least specific: a holiday by law or designation first,
    /// then a substitute (which exists only because of another holiday), then a local closure.
    /// </summary>
    public static int Rank(HolidayKind kind) => kind switch
    {
        HolidayKind.Regular => 0,
        HolidayKind.Election or HolidayKind.ProjectedElection => 1,
        HolidayKind.Temporary => 2,
        HolidayKind.Substitute => 3,
        _ => 4,
    };

    private void Set(int dayOfYear)
    {
        var index = dayOfYear - 1;
        _bits[index >> 6] |= 1UL << (index & 63);
    }
}
