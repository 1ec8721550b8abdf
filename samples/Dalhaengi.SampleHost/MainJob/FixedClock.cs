using NodaTime;

namespace Dalhaengi.SampleHost.MainJob;

/// <summary>A clock that reads a set instant: records made "during the season" are stamped at the time they happened.</summary>
internal sealed class FixedClock(Instant now) : IClock
{
    private static readonly DateTimeZone Korea = DateTimeZoneProviders.Tzdb["Asia/Seoul"];

    public Instant Now { get; set; } = now;

    public Instant GetCurrentInstant() => Now;

    public static FixedClock At(LocalDate day, int hour) => new(day.At(new LocalTime(hour, 0)).InZoneStrictly(Korea).ToInstant());

    public FixedClock Later(int days)
    {
        Now += Duration.FromDays(days);
        return this;
    }
}
