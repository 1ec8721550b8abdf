using Ardalis.GuardClauses;
using Dalhaengi.Core.Geography;

namespace Dalhaengi.Core.Rotation;

/// <summary>Screening results for one district as plain numbers: how many households were found high or urgent risk.</summary>
/// <remarks>
/// Plain data so that any screening (the library's risk assessments or a county's own list) can feed the planner.
/// Used as a weight source (<see cref="DistrictWeight.HighRiskHouseholds"/>), to bring a first session forward
/// (<see cref="RotationPolicy.RiskResponseDays"/>) and to lift the site rest rule (<see cref="RotationPolicy.HighRiskRevisitThreshold"/>).
/// </remarks>
public sealed record DistrictRisk
{
    /// <summary>Creates the record.</summary>
    /// <param name="district">The district.</param>
    /// <param name="highOrUrgentHouseholds">Households assessed high or urgent risk; not negative.</param>
    /// <exception cref="ArgumentException"><paramref name="district"/> is the default value or the count is negative.</exception>
    public DistrictRisk(DistrictCode district, int highOrUrgentHouseholds)
    {
        District = Guard.Against.Default(district);
        HighOrUrgentHouseholds = Guard.Against.Negative(highOrUrgentHouseholds);
    }

    /// <summary>The district.</summary>
    public DistrictCode District { get; }

    /// <summary>Households assessed high or urgent risk.</summary>
    public int HighOrUrgentHouseholds { get; }
}
