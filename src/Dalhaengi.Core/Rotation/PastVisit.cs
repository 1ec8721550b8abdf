using Ardalis.GuardClauses;
using Dalhaengi.Core.Geography;
using NodaTime;

namespace Dalhaengi.Core.Rotation;

/// <summary>A session held at a site in an earlier season, used by the rule that a site rests for some seasons.</summary>
public sealed record PastVisit
{
    /// <summary>Creates the record.</summary>
    /// <param name="site">The site visited.</param>
    /// <param name="date">The day of the visit.</param>
    /// <exception cref="ArgumentException"><paramref name="site"/> is the default value.</exception>
    public PastVisit(SiteId site, LocalDate date)
    {
        Site = Guard.Against.Default(site);
        Date = date;
    }

    /// <summary>The site visited.</summary>
    public SiteId Site { get; }

    /// <summary>The day of the visit.</summary>
    public LocalDate Date { get; }
}
