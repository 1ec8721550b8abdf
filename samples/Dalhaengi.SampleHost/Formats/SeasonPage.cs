using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Outreach;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Risk;
using Dalhaengi.Core.Rotation;
using NodaTime;

namespace Dalhaengi.SampleHost.Formats;

/// <summary>What the season's HTML page shows; the screening and the referrals are optional sections.</summary>
internal sealed record SeasonPage(Municipality Municipality, PartnerRoster Roster, RotationPlan Plan, Instant GeneratedAt)
{
    /// <summary>The tiers and, per district in the municipality's order, the number of households in each.</summary>
    public (IReadOnlyList<RiskTier> Tiers, IReadOnlyList<(District District, int[] Counts)> Counts, LocalDate AsOf)? Screening { get; init; }

    public IReadOnlyList<Referral>? Referrals { get; init; }

    public SeasonFigures? Figures { get; init; }

    public string Title => $"{Municipality.Name.Korean} 달리는 행복나눔 이웃들 — {Plan.Request.Season.Dates.Start.Year}";
}
