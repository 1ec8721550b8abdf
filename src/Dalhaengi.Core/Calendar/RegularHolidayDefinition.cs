using NodaTime;

namespace Dalhaengi.Core.Calendar;

/// <summary>
/// One regular holiday as the data defines it (<c>Data/calendar/regular-holidays.json</c>): its date rule and the
/// periods in which the law made it a holiday. Adding, removing or restoring a holiday is a change of periods, not of code.
/// </summary>
/// <param name="Key">Which holiday; also the key of the substitute-rule data.</param>
/// <param name="Name">Its name as the law writes it, with an English gloss.</param>
/// <param name="Lunar">Whether <paramref name="Month"/>/<paramref name="Day"/> are a lunar date (음력).</param>
/// <param name="Month">The month, 1 to 12 (lunar months as people name them, not BCL ordinals).</param>
/// <param name="Day">The day of the month.</param>
/// <param name="DaysBefore">Days of the block before the main day (1 for 설날 and 추석).</param>
/// <param name="DaysAfter">Days of the block after the main day (1 for 설날 and 추석).</param>
/// <param name="Periods">When it was a holiday; the main day must lie in one of them.</param>
internal sealed record RegularHolidayDefinition(
    RegularHoliday Key,
    BilingualName Name,
    bool Lunar,
    int Month,
    int Day,
    int DaysBefore,
    int DaysAfter,
    IReadOnlyList<HolidayPeriod> Periods)
{
    /// <summary>Returns the occurrence in a year, or <see langword="null"/> when the holiday was not one that year.</summary>
    public RegularOccurrence? In(int year)
    {
        var main = Lunar ? LunarDates.ToSolar(year, Month, Day) : new LocalDate(year, Month, Day);
        return Periods.Any(p => p.Contains(main))
            ? new RegularOccurrence(Key, main.PlusDays(-DaysBefore), main.PlusDays(DaysAfter))
            : null;
    }
}
