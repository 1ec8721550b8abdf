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
        return result.Success ? result.Value : throw new BadInputException($"--as-of '{text}' is not a date; use yyyy-MM-dd");
    }
}
