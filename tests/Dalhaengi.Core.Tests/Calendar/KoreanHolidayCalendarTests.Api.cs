using Dalhaengi.Core.Calendar;
using NodaTime;

namespace Dalhaengi.Core.Tests.Calendar;

/// <summary>Range checks, working days, added days, the data-driven eras and the per-year cache.</summary>
public sealed partial class KoreanHolidayCalendarTests
{
    private static readonly BilingualName Closure = new("군청 휴무일", "County office closure");

    [Theory]
    [InlineData(2013)]
    [InlineData(2051)]
    public void GetHolidays_WhenYearOutsideRange_ThrowsWithAClearMessage(int year)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.GetHolidays(year));

        Assert.Equal("year", ex.ParamName);
        Assert.Contains("2014 to 2050", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsHoliday_WhenDateOutsideRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.IsHoliday(new LocalDate(2013, 12, 31)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.FindHoliday(new LocalDate(2051, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.GetHolidays(new DateInterval(new LocalDate(2050, 12, 1), new LocalDate(2051, 1, 31))));
    }

    [Fact]
    public void GetHolidays_Interval_SpansYearsAndIncludesBothEnds()
    {
        var holidays = Calendar.GetHolidays(new DateInterval(new LocalDate(2024, 12, 25), new LocalDate(2025, 1, 1)));

        Assert.Equal([new LocalDate(2024, 12, 25), new LocalDate(2025, 1, 1)], holidays.Select(h => h.Date));
    }

    [Fact]
    public void IsHoliday_PlainSunday_IsTrueButNotListed()
    {
        var sunday = new LocalDate(2025, 3, 9);

        Assert.True(Calendar.IsHoliday(sunday));
        Assert.Null(Calendar.FindHoliday(sunday));
        Assert.DoesNotContain(Calendar.GetHolidays(2025), h => h.Date == sunday);
    }

    [Fact]
    public void IsWorkingDay_Saturday_IsNotAWorkingDayNorAHoliday()
    {
        var saturday = new LocalDate(2025, 3, 8);

        Assert.False(Calendar.IsHoliday(saturday));
        Assert.False(Calendar.IsWorkingDay(saturday));
    }

    [Fact]
    public void NextWorkingDay_AcrossTheChuseokBlock_SkipsHolidaysAndTheWeekend()
    {
        // 2025-10-02 (Thu) → 10-03 개천절, 10-04 Sat, 10-05..07 추석, 10-08 substitute, 10-09 한글날 → 10-10 (Fri).
        Assert.Equal(new LocalDate(2025, 10, 10), Calendar.NextWorkingDay(new LocalDate(2025, 10, 2)));
    }

    [Fact]
    public void With_LocalClosure_IsAHolidayAndLeavesTheOriginalUnchanged()
    {
        var day = new LocalDate(2025, 8, 4);
        var extended = Calendar.With([new Holiday(day, HolidayKind.Local, Closure)]);

        Assert.True(extended.IsHoliday(day));
        Assert.Equal(HolidayKind.Local, extended.FindHoliday(day)!.Kind);
        Assert.False(Calendar.IsHoliday(day));
        Assert.Empty(Calendar.AdditionalDays);
    }

    [Fact]
    public void With_DayThatIsAlreadyAHoliday_FindHolidayPrefersTheNationalOne()
    {
        var extended = Calendar.With([new Holiday(new LocalDate(2025, 10, 8), HolidayKind.Local, Closure)]);

        Assert.Equal(HolidayKind.Substitute, extended.FindHoliday(new LocalDate(2025, 10, 8))!.Kind);
        Assert.Equal(2, extended.GetHolidays(2025).Count(h => h.Date == new LocalDate(2025, 10, 8)));
    }

    [Fact]
    public void With_DayOutsideRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.With([new Holiday(new LocalDate(2051, 1, 2), HolidayKind.Local, Closure)]));
    }

    [Fact]
    public void Create_WithoutThe2023Era_GivesNoSubstituteFor2023BuddhasBirthday()
    {
        // The eras are data: dropping the May 2023 rule from the table removes 2023-05-29, and nothing else in 2023.
        var rules = SubstituteRulesJson.LoadEmbedded().Where(r => !r.Holidays.Contains(RegularHoliday.Christmas)).ToList();
        var older = KoreanHolidayCalendar.Create(rules, HolidayDataJson.LoadEmbeddedDesignatedDays());

        Assert.False(older.IsHoliday(new LocalDate(2023, 5, 29)));
        Assert.Equal(Substitutes(2023).Count - 1, older.GetHolidays(2023).Count(h => h.Kind == HolidayKind.Substitute));
    }

    [Fact]
    public void IsHoliday_OnAWarmYear_DoesNotAllocate()
    {
        var days = Enumerable.Range(0, 365).Select(i => new LocalDate(2025, 1, 1).PlusDays(i)).ToArray();
        _ = Calendar.IsHoliday(days[0]);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var count = 0;
        foreach (var day in days)
        {
            count += Calendar.IsHoliday(day) ? 1 : 0;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(70, count);
    }

    [Fact]
    public void GetHolidays_BuiltConcurrentlyOnAColdCalendar_GivesOneConsistentResult()
    {
        var cold = Calendar.With([new Holiday(new LocalDate(2030, 7, 1), HolidayKind.Local, Closure)]);
        var results = new IReadOnlyList<Holiday>[8];

        Parallel.For(0, results.Length, i => results[i] = cold.GetHolidays(2030));

        Assert.All(results, r => Assert.Same(results[0], r));
        Assert.Contains(results[0], h => h.Kind == HolidayKind.Local);
    }
}
