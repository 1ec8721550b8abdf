using Dalhaengi.Core.Calendar;
using NodaTime;
using NodaTime.Text;

namespace Dalhaengi.Core.Tests.Calendar;

/// <summary>The rules of the calendar, one era boundary or edge case per test (see docs/calendar.md).</summary>
public sealed partial class KoreanHolidayCalendarTests
{
    private static readonly KoreanHolidayCalendar Calendar = KoreanHolidayCalendar.Default;

    private static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    private static List<Holiday> Substitutes(int year) => [.. Calendar.GetHolidays(year).Where(h => h.Kind == HolidayKind.Substitute)];

    private static void AssertSubstitute(string date, string replaces, string koreanName)
    {
        var holiday = Calendar.FindHoliday(D(date));
        Assert.NotNull(holiday);
        Assert.Equal(HolidayKind.Substitute, holiday.Kind);
        Assert.Equal(D(replaces), holiday.SubstituteFor);
        Assert.Equal(koreanName, holiday.Name.Korean);
    }

    [Fact]
    public void GetHolidays_2014_FirstSubstituteIsAfterTheChuseokBlockWhoseEveWasASunday()
    {
        Assert.Equal(IsoDayOfWeek.Sunday, D("2014-09-07").DayOfWeek);
        AssertSubstitute("2014-09-10", "2014-09-07", "대체공휴일(추석)");
        Assert.Equal(D("2014-09-10"), Assert.Single(Substitutes(2014)).Date);
    }

    [Fact]
    public void FindHoliday_WhenChuseokBlockContainsASunday_SubstituteFollowsTheWholeBlock()
    {
        // 2025: 추석 10-05 (Sun) to 10-07 (Tue); 10-08 is the substitute, 10-09 is 한글날.
        AssertSubstitute("2025-10-08", "2025-10-05", "대체공휴일(추석)");
        Assert.Equal("한글날", Calendar.FindHoliday(D("2025-10-09"))!.Name.Korean);
    }

    [Fact]
    public void FindHoliday_WhenChuseokBlockHasASaturdayButNoSunday_GivesNoSubstitute()
    {
        // 2026: 추석 09-24 (Thu) to 09-26 (Sat). A Saturday does not trigger a substitute for 설날/추석.
        Assert.Equal(IsoDayOfWeek.Saturday, D("2026-09-26").DayOfWeek);
        Assert.Null(Calendar.FindHoliday(D("2026-09-28")));
        Assert.DoesNotContain(Substitutes(2026), h => h.Date.Month == 9);
    }

    [Fact]
    public void FindHoliday_WhenChuseokOverlapsNationalFoundationDay_GivesOneSubstitute()
    {
        // 2028: 추석 10-02 to 10-04 contains 개천절 10-03 (a Tuesday): one day, two reasons, one substitute,
        // named after both since each has the right ("another holiday") of its own.
        Assert.Equal(2, Calendar.GetHolidays(2028).Count(h => h.Date == D("2028-10-03")));
        AssertSubstitute("2028-10-05", "2028-10-03", "대체공휴일(추석·개천절)");
        Assert.Null(Calendar.FindHoliday(D("2028-10-06")));
    }

    [Fact]
    public void FindHoliday_WhenTwoBlockDaysOverlap_ChainsTwoSubstitutes()
    {
        // 2039: 추석 10-01 (Sat) to 10-03 (Mon): 10-02 is a Sunday and 10-03 is also 개천절, which has a substitute right of its own since 2021.
        AssertSubstitute("2039-10-04", "2039-10-02", "대체공휴일(추석)");
        AssertSubstitute("2039-10-05", "2039-10-03", "대체공휴일(추석·개천절)");
    }

    [Fact]
    public void FindHoliday_WhenChildrensDayIsBuddhasBirthday_GivesOneSubstituteTheNextDay()
    {
        var reasons = Calendar.GetHolidays(2025).Where(h => h.Date == D("2025-05-05")).Select(h => h.Name.Korean).ToList();

        Assert.Equal(["어린이날", "부처님 오신 날"], reasons);
        AssertSubstitute("2025-05-06", "2025-05-05", "대체공휴일(부처님 오신 날)");
        Assert.Null(Calendar.FindHoliday(D("2025-05-07")));
    }

    [Fact]
    public void FindHoliday_WhenChildrensDayIsASaturday_SubstituteSkipsTheSunday()
    {
        AssertSubstitute("2018-05-07", "2018-05-05", "대체공휴일(어린이날)");
    }

    [Theory]
    [InlineData("2020-03-01")] // Sunday, before 2022: no substitute
    [InlineData("2015-03-01")] // Sunday, before 2022
    public void IsHoliday_WhenIndependenceMovementDayOnAWeekendBefore2022_NextMondayIsAWorkingDay(string date)
    {
        Assert.True(Calendar.IsWorkingDay(D(date).PlusDays(1)));
    }

    [Fact]
    public void FindHoliday_WhenIndependenceMovementDayIsASaturdayFrom2022_SubstituteIsMonday()
    {
        Assert.Equal(IsoDayOfWeek.Saturday, D("2025-03-01").DayOfWeek);
        AssertSubstitute("2025-03-03", "2025-03-01", "대체공휴일(3·1절)");
    }

    [Fact]
    public void FindHoliday_WhenChristmasIsOnAWeekendBeforeMay2023_GivesNoSubstitute()
    {
        Assert.Equal(IsoDayOfWeek.Saturday, D("2021-12-25").DayOfWeek);
        Assert.True(Calendar.IsWorkingDay(D("2021-12-27")));
        Assert.Equal(IsoDayOfWeek.Sunday, D("2022-12-25").DayOfWeek);
        Assert.True(Calendar.IsWorkingDay(D("2022-12-26")));
    }

    [Fact]
    public void FindHoliday_WhenChristmasIsASaturdayAfterMay2023_SubstituteIsMonday()
    {
        Assert.Equal(IsoDayOfWeek.Saturday, D("2027-12-25").DayOfWeek);
        AssertSubstitute("2027-12-27", "2027-12-25", "대체공휴일(기독탄신일)");
    }

    [Fact]
    public void FindHoliday_BuddhasBirthdayOnASundayBeforeMay2023_GivesNoSubstitute()
    {
        Assert.Equal(D("2022-05-08"), Calendar.GetHolidays(2022).Single(h => h.Name.Korean == "부처님 오신 날").Date);
        Assert.True(Calendar.IsWorkingDay(D("2022-05-09")));
    }

    [Fact]
    public void FindHoliday_BuddhasBirthdayOnASaturdayInMay2023_FirstSubstituteOfTheNewEra()
    {
        AssertSubstitute("2023-05-29", "2023-05-27", "대체공휴일(부처님 오신 날)");
    }

    [Theory]
    [InlineData("2021-08-16", "2021-08-15", "대체공휴일(광복절)")]
    [InlineData("2021-10-04", "2021-10-03", "대체공휴일(개천절)")]
    [InlineData("2021-10-11", "2021-10-09", "대체공휴일(한글날)")]
    public void FindHoliday_NationalDaysOnAWeekendFromAugust2021_HaveSubstitutes(string date, string replaces, string name)
    {
        AssertSubstitute(date, replaces, name);
    }

    [Fact]
    public void FindHoliday_LiberationDayOnASaturdayBeforeAugust2021_GivesNoSubstituteButTheTemporaryDay()
    {
        // 2020-08-15 was a Saturday: no substitute under the 2014 rule; 2020-08-17 was a temporary holiday instead.
        var monday = Calendar.FindHoliday(D("2020-08-17"));

        Assert.Equal(HolidayKind.Temporary, monday!.Kind);
        Assert.DoesNotContain(Substitutes(2020), h => h.Date.Month == 8);
    }

    [Theory]
    [InlineData("2024-10-01", HolidayKind.Temporary)]
    [InlineData("2025-01-27", HolidayKind.Temporary)]
    [InlineData("2025-06-03", HolidayKind.Temporary)]
    [InlineData("2017-05-09", HolidayKind.Temporary)]
    [InlineData("2024-04-10", HolidayKind.Election)]
    [InlineData("2026-06-03", HolidayKind.Election)]
    [InlineData("2014-06-04", HolidayKind.Election)]
    public void FindHoliday_DesignatedDays_HaveTheirKind(string date, HolidayKind kind)
    {
        Assert.Equal(kind, Calendar.FindHoliday(D(date))!.Kind);
    }

    [Theory]
    [InlineData("2024-02-09", 2024)] // lunar 2023 had a leap month (윤2월)
    [InlineData("2021-02-11", 2021)] // lunar 2020 had a leap month (윤4월)
    [InlineData("2026-02-16", 2026)] // lunar 2025 had a leap month (윤6월)
    public void GetHolidays_SeollalEveAfterALeapYear_IsTheDayBeforeLunarNewYear(string eve, int year)
    {
        var seollal = Calendar.GetHolidays(year).Where(h => h.Name.Korean == "설날").Select(h => h.Date).ToList();

        Assert.Equal([D(eve), D(eve).PlusDays(1), D(eve).PlusDays(2)], seollal);
    }

    [Fact]
    public void GetHolidays_NewYearAndMemorialDay_NeverHaveSubstitutes()
    {
        // 2017-01-01 and 2025-06-06... 신정 and 현충일 on a weekend stay uncompensated in every era.
        var years = Enumerable.Range(KoreanHolidayCalendar.MinYear, KoreanHolidayCalendar.MaxYear - KoreanHolidayCalendar.MinYear + 1);
        var replaced = years.SelectMany(Calendar.GetHolidays).Where(h => h.SubstituteFor is { } s && ((s.Month == 1 && s.Day == 1) || (s.Month == 6 && s.Day == 6)));

        Assert.Equal(IsoDayOfWeek.Sunday, D("2017-01-01").DayOfWeek);
        Assert.Empty(replaced);
    }

    [Theory]
    [InlineData("2025-05-01")] // 근로자의 날: not a holiday for offices before 2026 (calendar.md)
    [InlineData("2025-07-17")] // 제헌절: not a holiday 2008–2025 (calendar.md)
    [InlineData("2025-04-05")] // 식목일 (a Saturday: not a holiday either)
    [InlineData("2025-10-01")] // 국군의 날, not designated in 2025
    public void IsHoliday_DaysThatAreNotHolidays_AreFalse(string date)
    {
        Assert.False(Calendar.IsHoliday(D(date)));
    }
}
