using NodaTime;

namespace Dalhaengi.Core.Outreach;

/// <summary>
/// Turns instants into the local dates that deadlines are counted in: Korea Standard Time, where every
/// program this library serves runs (Korea has no daylight saving time).
/// </summary>
internal static class OutreachTime
{
    internal static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Seoul"];

    internal static LocalDate DateOf(Instant instant) => instant.InZone(Zone).Date;

    internal static LocalDate Today(IClock clock) => DateOf(clock.GetCurrentInstant());

    /// <summary>Checks that a deadline is a whole number of days, weeks, months or years and not negative.</summary>
    internal static bool IsValidDeadline(Period period, LocalDate anchor) =>
        period is not null && !period.HasTimeComponent && anchor.Plus(period) >= anchor;
}
