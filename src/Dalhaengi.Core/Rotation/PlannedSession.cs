using Ardalis.GuardClauses;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Internal;
using NodaTime;

namespace Dalhaengi.Core.Rotation;

/// <summary>One session of a plan: when, where, with which team, and why there.</summary>
public sealed record PlannedSession
{
    /// <summary>Creates the session.</summary>
    /// <param name="id">The session's id, <c>yyyy-MM-dd.slot</c>.</param>
    /// <param name="date">The day.</param>
    /// <param name="slot">The slot, 1-based.</param>
    /// <param name="status">Planned or held.</param>
    /// <param name="district">The district visited.</param>
    /// <param name="site">The site.</param>
    /// <param name="team">The team, with the services each partner brings.</param>
    /// <param name="why">Why this district and site.</param>
    /// <exception cref="ArgumentException">An id is the default value or <paramref name="slot"/> is below 1.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="team"/> or <paramref name="why"/> is <see langword="null"/>.</exception>
    public PlannedSession(SessionId id, LocalDate date, int slot, PlannedSessionStatus status, DistrictCode district, SiteId site, IEnumerable<TeamMember> team, SessionRationale why)
    {
        Id = Guard.Against.Default(id);
        Date = date;
        Slot = Guard.Against.NegativeOrZero(slot);
        Status = Guard.Against.EnumOutOfRange(status);
        District = Guard.Against.Default(district);
        Site = Guard.Against.Default(site);
        Team = Guard.Against.Null(team).ToValueList();
        Why = Guard.Against.Null(why);
    }

    /// <summary>The session's id.</summary>
    public SessionId Id { get; }

    /// <summary>The day.</summary>
    public LocalDate Date { get; }

    /// <summary>The slot, 1-based.</summary>
    public int Slot { get; }

    /// <summary>Planned or held.</summary>
    public PlannedSessionStatus Status { get; }

    /// <summary>The district visited.</summary>
    public DistrictCode District { get; }

    /// <summary>The site.</summary>
    public SiteId Site { get; }

    /// <summary>The team, sorted by partner id.</summary>
    public IReadOnlyList<TeamMember> Team { get; }

    /// <summary>Why this district and site.</summary>
    public SessionRationale Why { get; }
}
