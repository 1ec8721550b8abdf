using NodaTime;

namespace Dalhaengi.Core.Calendar;

/// <summary>One occurrence of a regular holiday: a single day, or the three-day block of 설날 or 추석.</summary>
/// <param name="Key">Which holiday.</param>
/// <param name="First">The first day.</param>
/// <param name="Last">The last day (equal to <paramref name="First"/> for a one-day holiday).</param>
internal readonly record struct RegularOccurrence(RegularHoliday Key, LocalDate First, LocalDate Last);

/// <summary>
/// Computes the regular holidays of a year from 관공서의 공휴일에 관한 규정 제2조 (and, from 2022-01-01,
/// 공휴일에 관한 법률 제2조, which made the same days holidays by statute).
/// </summary>
/// <remarks>
/// 한글날 is a holiday again from 2013, so it applies to the whole supported range.
/// Lunar holidays use <see cref="LunarDates"/>; 설날 eve is computed as the day before lunar 1/1, which avoids
/// naming lunar month 12 of the previous lunar year (ordinal 13 when that year had a leap month).
/// </remarks>
internal static class RegularHolidays
{
    /// <summary>Lists the regular holidays of a year in calendar order.</summary>
    public static IReadOnlyList<RegularOccurrence> For(int year)
    {
        var newYear = LunarDates.ToSolar(year, 1, 1);
        var chuseok = LunarDates.ToSolar(year, 8, 15);
        var list = new List<RegularOccurrence>
        {
            Day(RegularHoliday.NewYearsDay, new LocalDate(year, 1, 1)),
            new(RegularHoliday.Seollal, newYear.PlusDays(-1), newYear.PlusDays(1)),
            Day(RegularHoliday.IndependenceMovementDay, new LocalDate(year, 3, 1)),
            Day(RegularHoliday.BuddhasBirthday, LunarDates.ToSolar(year, 4, 8)),
            Day(RegularHoliday.ChildrensDay, new LocalDate(year, 5, 5)),
            Day(RegularHoliday.MemorialDay, new LocalDate(year, 6, 6)),
            Day(RegularHoliday.LiberationDay, new LocalDate(year, 8, 15)),
            new(RegularHoliday.Chuseok, chuseok.PlusDays(-1), chuseok.PlusDays(1)),
            Day(RegularHoliday.NationalFoundationDay, new LocalDate(year, 10, 3)),
            Day(RegularHoliday.HangulDay, new LocalDate(year, 10, 9)),
            Day(RegularHoliday.Christmas, new LocalDate(year, 12, 25)),
        };
        return [.. list.OrderBy(o => o.First).ThenBy(o => o.Key)];
    }

    /// <summary>Returns the name of a regular holiday as the law writes it, with an English gloss.</summary>
    public static BilingualName NameOf(RegularHoliday key) => key switch
    {
        RegularHoliday.NewYearsDay => new("신정", "New Year's Day"),
        RegularHoliday.Seollal => new("설날", "Seollal (Lunar New Year)"),
        RegularHoliday.IndependenceMovementDay => new("3·1절", "Independence Movement Day"),
        RegularHoliday.BuddhasBirthday => new("부처님 오신 날", "Buddha's Birthday"),
        RegularHoliday.ChildrensDay => new("어린이날", "Children's Day"),
        RegularHoliday.MemorialDay => new("현충일", "Memorial Day"),
        RegularHoliday.LiberationDay => new("광복절", "Liberation Day"),
        RegularHoliday.Chuseok => new("추석", "Chuseok (Korean Thanksgiving)"),
        RegularHoliday.NationalFoundationDay => new("개천절", "National Foundation Day"),
        RegularHoliday.HangulDay => new("한글날", "Hangul Day"),
        RegularHoliday.Christmas => new("기독탄신일", "Christmas Day"),
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Unknown regular holiday."),
    };

    private static RegularOccurrence Day(RegularHoliday key, LocalDate date) => new(key, date, date);
}
