using NodaTime;
using NodaTime.Text;

namespace Dalhaengi.SampleHost.Infrastructure;

/// <summary>Parses the <c>--as-of</c> option; without it, today in Korea from the injected clock.</summary>
internal static class HostDates
{
    public static LocalDate AsOfOrToday(string? text, IClock clock)
    {
        if (text is null)
        {
            return clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Asia/Seoul"]).Date;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (!result.Success)
        {
            throw new BadInputException($"--as-of '{text}' is not a date; use yyyy-MM-dd");
        }

        // Ages, recency windows and the holiday calendar are only meaningful in these years.
        return result.Value.Year is >= Dalhaengi.Core.Calendar.KoreanHolidayCalendar.MinYear and <= Dalhaengi.Core.Calendar.KoreanHolidayCalendar.MaxYear
            ? result.Value
            : throw new BadInputException($"--as-of {text} is outside {Dalhaengi.Core.Calendar.KoreanHolidayCalendar.MinYear}–{Dalhaengi.Core.Calendar.KoreanHolidayCalendar.MaxYear}, the years this program covers");
    }
}
