using Ardalis.GuardClauses;
using Dalhaengi.Core.Partners;

namespace Dalhaengi.Core.Rotation;

/// <summary>How much of a partner's capacity a plan uses.</summary>
/// <remarks>For a local partner standing for every district's office, caps apply per district and the figures here are the busiest district's.</remarks>
public sealed record PartnerLoad
{
    /// <summary>Creates the record.</summary>
    /// <param name="partner">The partner.</param>
    /// <param name="sessions">Sessions it is on the team of (for a per-district office: in its busiest district).</param>
    /// <param name="seasonCap">Its season cap, or <see langword="null"/>.</param>
    /// <param name="busiestMonthSessions">Its sessions in its busiest calendar month.</param>
    /// <param name="monthCap">Its monthly cap, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="partner"/> is the default value.</exception>
    public PartnerLoad(PartnerId partner, int sessions, int? seasonCap, int busiestMonthSessions, int? monthCap)
    {
        Partner = Guard.Against.Default(partner);
        Sessions = sessions;
        SeasonCap = seasonCap;
        BusiestMonthSessions = busiestMonthSessions;
        MonthCap = monthCap;
    }

    /// <summary>The partner.</summary>
    public PartnerId Partner { get; }

    /// <summary>Sessions it is on the team of.</summary>
    public int Sessions { get; }

    /// <summary>Its season cap, or <see langword="null"/>.</summary>
    public int? SeasonCap { get; }

    /// <summary>Its sessions in its busiest month.</summary>
    public int BusiestMonthSessions { get; }

    /// <summary>Its monthly cap, or <see langword="null"/>.</summary>
    public int? MonthCap { get; }
}
