using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;
using NodaTime;

namespace Dalhaengi.Core.Partners;

/// <summary>When and how often a partner can attend sessions.</summary>
/// <remarks>
/// Caps count sessions per partner; for a <see cref="PartnerPresence.Local"/> partner that lists no districts they
/// count per district, since each district has its own office. All slots of one day are treated as simultaneous,
/// so <see cref="Teams"/> is also the most sessions the partner can staff on one day.
/// </remarks>
public sealed record PartnerAvailability
{
    /// <summary>Availability without limits: every weekday, no blackout, no cap, one team.</summary>
    public static PartnerAvailability Unlimited { get; } = new();

    /// <summary>Creates an availability.</summary>
    /// <param name="weekdays">Days of the week the partner can attend; empty means every day.</param>
    /// <param name="blackouts">Periods the partner cannot attend (both ends inclusive).</param>
    /// <param name="maxSessionsPerSeason">At most this many sessions in a season, or <see langword="null"/> for no cap.</param>
    /// <param name="maxSessionsPerMonth">At most this many sessions in one calendar month, or <see langword="null"/>.</param>
    /// <param name="teams">How many sessions the partner can staff on one day; at least 1.</param>
    /// <exception cref="ArgumentException">A cap is negative, <paramref name="teams"/> is below 1, or a weekday is invalid.</exception>
    public PartnerAvailability(
        IEnumerable<IsoDayOfWeek>? weekdays = null,
        IEnumerable<DateInterval>? blackouts = null,
        int? maxSessionsPerSeason = null,
        int? maxSessionsPerMonth = null,
        int teams = 1)
    {
        var days = (weekdays ?? []).Distinct().Order().ToValueList();
        foreach (var d in days)
        {
            Guard.Against.OutOfRange((int)d, nameof(weekdays), 1, 7);
        }

        Weekdays = days;
        Blackouts = (blackouts ?? []).Select(b => Guard.Against.Null(b, nameof(blackouts))).OrderBy(b => b.Start).ThenBy(b => b.End).ToValueList();
        MaxSessionsPerSeason = maxSessionsPerSeason is null ? null : Guard.Against.Negative(maxSessionsPerSeason.Value, nameof(maxSessionsPerSeason));
        MaxSessionsPerMonth = maxSessionsPerMonth is null ? null : Guard.Against.Negative(maxSessionsPerMonth.Value, nameof(maxSessionsPerMonth));
        Teams = Guard.Against.NegativeOrZero(teams);
    }

    /// <summary>Days of the week the partner can attend, sorted; empty means every day.</summary>
    public IReadOnlyList<IsoDayOfWeek> Weekdays { get; }

    /// <summary>Periods the partner cannot attend, sorted by start.</summary>
    public IReadOnlyList<DateInterval> Blackouts { get; }

    /// <summary>The most sessions in a season, or <see langword="null"/> for no cap.</summary>
    public int? MaxSessionsPerSeason { get; }

    /// <summary>The most sessions in one calendar month, or <see langword="null"/> for no cap.</summary>
    public int? MaxSessionsPerMonth { get; }

    /// <summary>How many sessions the partner can staff on one day.</summary>
    public int Teams { get; }

    /// <summary>Tells whether the partner can attend on a day, ignoring caps.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when the weekday is allowed and no blackout covers the day.</returns>
    public bool IsAvailableOn(LocalDate date)
    {
        if (Weekdays.Count > 0 && !Weekdays.Contains(date.DayOfWeek))
        {
            return false;
        }

        foreach (var b in Blackouts)
        {
            if (b.Contains(date))
            {
                return false;
            }
        }

        return true;
    }
}
