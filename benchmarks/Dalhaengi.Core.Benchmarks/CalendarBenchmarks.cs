using BenchmarkDotNet.Attributes;
using Dalhaengi.Core.Calendar;
using NodaTime;

namespace Dalhaengi.Core.Benchmarks;

/// <summary>
/// Checking every day of a year on a warm calendar: <see cref="KoreanHolidayCalendar.IsHoliday"/> (a bit test in the
/// per-year cache) against what a user would otherwise write, a <see cref="HashSet{T}"/> of the year's holiday dates
/// plus a Sunday check. Both should allocate nothing; compare the ratio.
/// </summary>
[MemoryDiagnoser]
public class CalendarBenchmarks
{
    private LocalDate[] _days = [];
    private HashSet<LocalDate> _holidaySet = [];
    private KoreanHolidayCalendar _calendar = KoreanHolidayCalendar.Default;

    [GlobalSetup]
    public void Setup()
    {
        _calendar = KoreanHolidayCalendar.Default;
        _days = [.. Enumerable.Range(0, 365).Select(i => new LocalDate(2025, 1, 1).PlusDays(i))];
        _holidaySet = [.. _calendar.GetHolidays(2025).Select(h => h.Date)];
        _ = _calendar.IsHoliday(_days[0]);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = 365)]
    public int HashSetOfHolidays()
    {
        var count = 0;
        foreach (var day in _days)
        {
            count += day.DayOfWeek == IsoDayOfWeek.Sunday || _holidaySet.Contains(day) ? 1 : 0;
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = 365)]
    public int CalendarIsHoliday()
    {
        var count = 0;
        foreach (var day in _days)
        {
            count += _calendar.IsHoliday(day) ? 1 : 0;
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = 365)]
    public int InterfaceIsHoliday()
    {
#pragma warning disable CA1859 // The planner calls through the interface; measuring that call is the point.
        IHolidayCalendar calendar = _calendar;
#pragma warning restore CA1859
        var count = 0;
        foreach (var day in _days)
        {
            count += calendar.IsHoliday(day) ? 1 : 0;
        }

        return count;
    }
}
