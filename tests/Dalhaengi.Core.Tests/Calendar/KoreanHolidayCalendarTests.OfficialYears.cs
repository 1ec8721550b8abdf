using Dalhaengi.Core.Calendar;
using NodaTime;

namespace Dalhaengi.Core.Tests.Calendar;

/// <summary>Whole years compared with the published lists, and the published red-day counts.</summary>
public sealed partial class KoreanHolidayCalendarTests
{
    private static string[] Listing(int year) =>
        [.. Calendar.GetHolidays(year).Select(h => $"{h.Date:uuuu-MM-dd} {h.Kind} {h.Name.Korean}")];

    private static int RedDays(KoreanHolidayCalendar calendar, int year)
    {
        var count = 0;
        for (var d = new LocalDate(year, 1, 1); d.Year == year; d = d.PlusDays(1))
        {
            count += calendar.IsHoliday(d) ? 1 : 0;
        }

        return count;
    }

    [Fact]
    public void GetHolidays_2024_MatchesThePublishedList()
    {
        string[] expected =
        [
            "2024-01-01 Regular 신정",
            "2024-02-09 Regular 설날", "2024-02-10 Regular 설날", "2024-02-11 Regular 설날",
            "2024-02-12 Substitute 대체공휴일(설날)",
            "2024-03-01 Regular 3·1절",
            "2024-04-10 Election 제22대 국회의원선거일",
            "2024-05-05 Regular 어린이날",
            "2024-05-06 Substitute 대체공휴일(어린이날)",
            "2024-05-15 Regular 부처님 오신 날",
            "2024-06-06 Regular 현충일",
            "2024-08-15 Regular 광복절",
            "2024-09-16 Regular 추석", "2024-09-17 Regular 추석", "2024-09-18 Regular 추석",
            "2024-10-01 Temporary 임시공휴일(국군의 날)",
            "2024-10-03 Regular 개천절",
            "2024-10-09 Regular 한글날",
            "2024-12-25 Regular 기독탄신일",
        ];

        Assert.Equal(expected, Listing(2024));
    }

    [Fact]
    public void GetHolidays_2025_MatchesThePublishedList()
    {
        string[] expected =
        [
            "2025-01-01 Regular 신정",
            "2025-01-27 Temporary 임시공휴일",
            "2025-01-28 Regular 설날", "2025-01-29 Regular 설날", "2025-01-30 Regular 설날",
            "2025-03-01 Regular 3·1절",
            "2025-03-03 Substitute 대체공휴일(3·1절)",
            "2025-05-05 Regular 어린이날", "2025-05-05 Regular 부처님 오신 날",
            "2025-05-06 Substitute 대체공휴일(부처님 오신 날)",
            "2025-06-03 Temporary 제21대 대통령선거일",
            "2025-06-06 Regular 현충일",
            "2025-08-15 Regular 광복절",
            "2025-10-03 Regular 개천절",
            "2025-10-05 Regular 추석", "2025-10-06 Regular 추석", "2025-10-07 Regular 추석",
            "2025-10-08 Substitute 대체공휴일(추석)",
            "2025-10-09 Regular 한글날",
            "2025-12-25 Regular 기독탄신일",
        ];

        Assert.Equal(expected, Listing(2025));
    }

    [Fact]
    public void IsHoliday_2018_GivesThePublished69RedDays()
    {
        Assert.Equal(69, RedDays(Calendar, 2018));
    }

    [Fact]
    public void IsHoliday_2025_Gives68RedDaysBeforeTheTwoDesignationsAnd70After()
    {
        var designated = new[] { new LocalDate(2025, 1, 27), new LocalDate(2025, 6, 3) };
        var before = KoreanHolidayCalendar.Create(
            SubstituteRulesJson.LoadEmbedded(),
            HolidayDataJson.LoadEmbeddedDesignatedDays().Where(h => !designated.Contains(h.Date)));

        Assert.Equal(68, RedDays(before, 2025));
        Assert.Equal(70, RedDays(Calendar, 2025));
    }
}
