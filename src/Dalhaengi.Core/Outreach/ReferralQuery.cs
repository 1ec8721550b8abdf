using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Partners;

namespace Dalhaengi.Core.Outreach;

/// <summary>Filters referrals; every criterion that is set must match (an empty query matches all).</summary>
public sealed record ReferralQuery
{
    /// <summary>Only referrals this partner is responsible for now, or any when <see langword="null"/>.</summary>
    public PartnerId? Partner { get; init; }

    /// <summary>Only referrals of households in this district, or any when <see langword="null"/>.</summary>
    public DistrictCode? District { get; init; }

    /// <summary>Only referrals of this household, or any when <see langword="null"/>.</summary>
    public HouseholdId? Household { get; init; }

    /// <summary>Only the services of this case, or any when <see langword="null"/>.</summary>
    public CaseId? Case { get; init; }

    /// <summary>Only referrals not yet closed, when <see langword="true"/>.</summary>
    public bool OpenOnly { get; init; }

    internal bool Matches(Referral referral) =>
        (Partner is null || Partner == referral.Partner)
        && (District is null || District == referral.Subject.District)
        && (Household is null || Household == referral.Subject.Household)
        && (Case is null || Case == referral.Subject.Case)
        && (!OpenOnly || referral.IsOpen);
}
