using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;

namespace Dalhaengi.Core.Outreach;

/// <summary>Filters cases; every criterion that is set must match (an empty query matches all).</summary>
public sealed record CaseQuery
{
    /// <summary>Only cases of this household, or any when <see langword="null"/>.</summary>
    public HouseholdId? Household { get; init; }

    /// <summary>Only cases in this district, or any when <see langword="null"/>.</summary>
    public DistrictCode? District { get; init; }

    /// <summary>Only cases not yet closed, when <see langword="true"/>.</summary>
    public bool OpenOnly { get; init; }

    internal bool Matches(Case c) =>
        (Household is null || Household == c.Household)
        && (District is null || District == c.District)
        && (!OpenOnly || c.IsOpen);
}
