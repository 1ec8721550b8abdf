namespace Dalhaengi.Core.Rotation;

/// <summary>What a district's fair share of sessions is proportional to.</summary>
public enum DistrictWeight
{
    /// <summary>Registered population (주민등록 인구) of the district.</summary>
    Population,

    /// <summary>Registered households (세대) of the district, or the sum over its sites when the district has none.</summary>
    Households,

    /// <summary>Residents aged 65 or over, summed over the district's sites.</summary>
    ElderlyResidents,

    /// <summary>High and urgent households from a screening (<see cref="DistrictRisk"/>).</summary>
    HighRiskHouseholds,

    /// <summary>Every district the same.</summary>
    Equal,
}
