using Dalhaengi.Core.Calendar;
using NodaTime;

namespace Dalhaengi.Core.Tests.Calendar;

public sealed class LunarDatesTests
{
    [Fact]
    public void ToSolar_InALeapYear_ShiftsMonthsFromTheLeapOrdinal()
    {
        // 2023: leap ordinal 3 is 윤2월, so lunar 4/8 is ordinal month 5. Ordinal 4 is lunar month 3, a month early.
        Assert.Equal(3, LunarDates.LeapMonthOrdinal(2023));
        Assert.Equal(new LocalDate(2023, 5, 27), LunarDates.ToSolar(2023, 4, 8));
        Assert.Equal(new LocalDate(2023, 9, 29), LunarDates.ToSolar(2023, 8, 15));
    }

    [Fact]
    public void ToSolar_BeforeTheLeapMonth_IsNotShifted()
    {
        // 2020: leap ordinal 5 is 윤4월; lunar 4/8 is before it, lunar 8/15 after it.
        Assert.Equal(5, LunarDates.LeapMonthOrdinal(2020));
        Assert.Equal(new LocalDate(2020, 4, 30), LunarDates.ToSolar(2020, 4, 8));
        Assert.Equal(new LocalDate(2020, 10, 1), LunarDates.ToSolar(2020, 8, 15));
    }

    [Theory]
    [InlineData(2014, "2014-01-31")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    public void ToSolar_LunarNewYear_MatchesPublishedDates(int year, string expected)
    {
        Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Parse(expected).Value, LunarDates.ToSolar(year, 1, 1));
    }
}
