using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;
using NodaTime;

namespace Dalhaengi.Core.Rotation;

/// <summary>Why a session goes where it goes: the priority components the planner weighed.</summary>
/// <remarks>
/// Slots are numbered 0, 1, … over the whole season. A district with fair share <c>T</c> of <c>S</c> sessions is due
/// its session number <c>k</c> (0-based) at slot <c>(2k + 1)·S / (2T)</c>, which spreads its sessions evenly; the
/// planner gives each slot to the feasible district due earliest.
/// </remarks>
public sealed record SessionRationale
{
    /// <summary>Creates the rationale.</summary>
    /// <param name="pick">Why the district was chosen.</param>
    /// <param name="slotIndex">The slot's number in the season, 0-based.</param>
    /// <param name="due">When the district was due this session (slot number), or <see langword="null"/> above its share or for a held session.</param>
    /// <param name="sessionNumber">This session's number in the district, 1-based.</param>
    /// <param name="target">The district's fair share in whole sessions.</param>
    /// <param name="quota">The district's exact proportional quota.</param>
    /// <param name="daysSinceDistrictLast">Days since the district's previous session this season, or <see langword="null"/> for its first.</param>
    /// <param name="highRiskHouseholds">High and urgent households known in the district.</param>
    /// <param name="siteLastVisited">When the site was last visited (this or an earlier season), or <see langword="null"/> if never.</param>
    /// <param name="siteWeight">Households (or, when unknown, residents aged 65+) the site serves; 0 when unknown.</param>
    /// <param name="isFairDay">Whether the site is a market visited on its fair day.</param>
    /// <param name="summary">The reasons in one readable sentence.</param>
    /// <exception cref="ArgumentException"><paramref name="summary"/> is empty.</exception>
    public SessionRationale(
        DistrictPick pick,
        int slotIndex,
        double? due,
        int sessionNumber,
        int target,
        double quota,
        int? daysSinceDistrictLast,
        int highRiskHouseholds,
        LocalDate? siteLastVisited,
        int siteWeight,
        bool isFairDay,
        string summary)
    {
        Pick = Guard.Against.EnumOutOfRange(pick);
        SlotIndex = slotIndex;
        Due = due;
        SessionNumber = sessionNumber;
        Target = target;
        Quota = quota;
        DaysSinceDistrictLast = daysSinceDistrictLast;
        HighRiskHouseholds = highRiskHouseholds;
        SiteLastVisited = siteLastVisited;
        SiteWeight = siteWeight;
        IsFairDay = isFairDay;
        Summary = Guard.Against.ResidentNumber(Guard.Against.NullOrWhiteSpace(summary));
    }

    /// <summary>Why the district was chosen.</summary>
    public DistrictPick Pick { get; }

    /// <summary>The slot's number in the season, 0-based.</summary>
    public int SlotIndex { get; }

    /// <summary>When the district was due this session (slot number), or <see langword="null"/>.</summary>
    public double? Due { get; }

    /// <summary>This session's number in the district, 1-based.</summary>
    public int SessionNumber { get; }

    /// <summary>The district's fair share in whole sessions.</summary>
    public int Target { get; }

    /// <summary>The district's exact proportional quota (sessions × weight ÷ total weight).</summary>
    public double Quota { get; }

    /// <summary>Days since the district's previous session, or <see langword="null"/>.</summary>
    public int? DaysSinceDistrictLast { get; }

    /// <summary>High and urgent households known in the district.</summary>
    public int HighRiskHouseholds { get; }

    /// <summary>When the site was last visited, or <see langword="null"/> if never.</summary>
    public LocalDate? SiteLastVisited { get; }

    /// <summary>Households (or residents aged 65+) the site serves; 0 when unknown.</summary>
    public int SiteWeight { get; }

    /// <summary>Whether the site is a market visited on its fair day.</summary>
    public bool IsFairDay { get; }

    /// <summary>The reasons in one readable sentence.</summary>
    public string Summary { get; }

    /// <summary>Returns <see cref="Summary"/>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => Summary;
}
