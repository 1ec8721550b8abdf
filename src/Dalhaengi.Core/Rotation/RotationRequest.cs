using Ardalis.GuardClauses;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Internal;
using Dalhaengi.Core.Partners;

namespace Dalhaengi.Core.Rotation;

/// <summary>Everything the rotation planner needs: where, when, with whom, under which rules, and what is known of risk and history.</summary>
/// <remarks>Lists are put in a canonical order here, so a request built from shuffled lists plans identically.</remarks>
public sealed class RotationRequest
{
    /// <summary>Creates the request.</summary>
    /// <param name="municipality">The municipality with its districts and sites.</param>
    /// <param name="season">The season.</param>
    /// <param name="roster">The partner organizations and their services.</param>
    /// <param name="policy">The rules; <see cref="RotationPolicy.Default"/> when <see langword="null"/>.</param>
    /// <param name="risk">High and urgent household counts per district, if a screening is available. A district listed twice has its counts added.</param>
    /// <param name="history">Sessions held in earlier seasons, for the site rest rule.</param>
    /// <exception cref="ArgumentNullException">A required argument is <see langword="null"/>.</exception>
    public RotationRequest(
        Municipality municipality,
        Season season,
        PartnerRoster roster,
        RotationPolicy? policy = null,
        IEnumerable<DistrictRisk>? risk = null,
        IEnumerable<PastVisit>? history = null)
    {
        Municipality = Guard.Against.Null(municipality);
        Season = Guard.Against.Null(season);
        Roster = Guard.Against.Null(roster);
        Policy = policy ?? RotationPolicy.Default;
        Risk = (risk ?? [])
            .GroupBy(r => Guard.Against.Null(r, nameof(risk)).District)
            .Select(g => new DistrictRisk(g.Key, g.Sum(r => r.HighOrUrgentHouseholds)))
            .OrderBy(r => r.District.Value, StringComparer.Ordinal)
            .ToValueList();
        History = (history ?? []).Select(h => Guard.Against.Null(h, nameof(history)))
            .Distinct()
            .OrderBy(h => h.Date).ThenBy(h => h.Site.Value, StringComparer.Ordinal)
            .ToValueList();
    }

    /// <summary>The municipality.</summary>
    public Municipality Municipality { get; }

    /// <summary>The season.</summary>
    public Season Season { get; }

    /// <summary>The partner roster.</summary>
    public PartnerRoster Roster { get; }

    /// <summary>The rules.</summary>
    public RotationPolicy Policy { get; }

    /// <summary>High and urgent household counts per district, sorted by district code; empty when unknown.</summary>
    public IReadOnlyList<DistrictRisk> Risk { get; }

    /// <summary>Sessions held in earlier seasons, sorted by date and site.</summary>
    public IReadOnlyList<PastVisit> History { get; }
}
