using System.Globalization;
using NodaTime;

namespace Dalhaengi.Core.Calendar;

/// <summary>
/// Converts Korean lunar dates (음력) to solar dates with the BCL <see cref="KoreanLunisolarCalendar"/>.
/// </summary>
/// <remarks>
/// The BCL numbers months by ordinal within the lunar year: in a year with a leap month,
/// <c>GetLeapMonth(year)</c> returns the ordinal of the leap month and every
/// month from that ordinal on is shifted by one (2023: ordinal 3 is 윤2월, so lunar month 4 is ordinal 5).
/// This class takes the lunar month as people name it and does the shift.
/// </remarks>
internal static class LunarDates
{
    private static readonly KoreanLunisolarCalendar Lunisolar = new();

    /// <summary>Returns the solar date of a day of a regular (non-leap) lunar month.</summary>
    /// <param name="lunarYear">The lunar year, which starts on 설날 of the same Gregorian year.</param>
    /// <param name="month">The lunar month as people name it, 1 to 12.</param>
    /// <param name="day">The day of the lunar month.</param>
    public static LocalDate ToSolar(int lunarYear, int month, int day)
    {
        var leapOrdinal = Lunisolar.GetLeapMonth(lunarYear);
        var ordinal = leapOrdinal != 0 && month >= leapOrdinal ? month + 1 : month;
        return LocalDate.FromDateTime(Lunisolar.ToDateTime(lunarYear, ordinal, day, 0, 0, 0, 0));
    }

    /// <summary>Returns the ordinal of the leap month in a lunar year, or 0 when the year has none.</summary>
    public static int LeapMonthOrdinal(int lunarYear) => Lunisolar.GetLeapMonth(lunarYear);
}
