using Ardalis.GuardClauses;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Partners;

/// <summary>A partner organization (참여기관) that sends staff to sessions and may take referrals.</summary>
/// <remarks>
/// <see cref="ReferralNeeds"/> lists need-code prefixes the partner takes referrals for; when it is empty and
/// <see cref="AcceptsReferrals"/> is set, the partner takes referrals for every need its services address.
/// </remarks>
public sealed record PartnerOrganization
{
    /// <summary>Creates a partner organization.</summary>
    /// <param name="id">The partner's id.</param>
    /// <param name="name">The partner's name, for example 치매안심센터 (dementia care centre).</param>
    /// <param name="sector">What kind of body it is.</param>
    /// <param name="services">Codes of the services it brings to a session; must exist in the roster.</param>
    /// <param name="staffPerSession">Staff and volunteers it usually sends to one session; at least 1.</param>
    /// <param name="presence">Whether it rotates, always attends, or is the visited district's township office.</param>
    /// <param name="availability">When and how often it can attend; <see cref="PartnerAvailability.Unlimited"/> when <see langword="null"/>.</param>
    /// <param name="districts">Districts it serves; empty means all.</param>
    /// <param name="acceptsReferrals">Whether it takes referrals of residents with findings.</param>
    /// <param name="referralNeeds">Need-code prefixes it takes referrals for; empty means every need its services address.</param>
    /// <param name="isSample">Whether the organization is invented sample data.</param>
    /// <exception cref="ArgumentException">The id or name is the default value, or a count is out of range.</exception>
    public PartnerOrganization(
        PartnerId id,
        BilingualName name,
        PartnerSector sector,
        IEnumerable<ServiceCode> services,
        int staffPerSession = 1,
        PartnerPresence presence = PartnerPresence.Rotating,
        PartnerAvailability? availability = null,
        IEnumerable<DistrictCode>? districts = null,
        bool acceptsReferrals = false,
        IEnumerable<string>? referralNeeds = null,
        bool isSample = false)
    {
        Id = Guard.Against.Default(id);
        Name = Guard.Against.Default(name);
        Sector = Guard.Against.EnumOutOfRange(sector);
        Services = Guard.Against.Null(services).Distinct().OrderBy(s => s.Value, StringComparer.Ordinal).ToValueList();
        StaffPerSession = Guard.Against.NegativeOrZero(staffPerSession);
        Presence = Guard.Against.EnumOutOfRange(presence);
        Availability = availability ?? PartnerAvailability.Unlimited;
        Districts = (districts ?? []).Distinct().OrderBy(d => d.Value, StringComparer.Ordinal).ToValueList();
        AcceptsReferrals = acceptsReferrals;
        ReferralNeeds = (referralNeeds ?? []).Select(n => Guard.Against.ResidentNumber(Guard.Against.NullOrWhiteSpace(n, nameof(referralNeeds)), nameof(referralNeeds))).Distinct().Order(StringComparer.Ordinal).ToValueList();
        IsSample = isSample;
    }

    /// <summary>The partner's id.</summary>
    public PartnerId Id { get; }

    /// <summary>The partner's name.</summary>
    public BilingualName Name { get; }

    /// <summary>What kind of body it is.</summary>
    public PartnerSector Sector { get; }

    /// <summary>Codes of the services it brings, sorted ordinally.</summary>
    public IReadOnlyList<ServiceCode> Services { get; }

    /// <summary>Staff and volunteers it usually sends to one session.</summary>
    public int StaffPerSession { get; }

    /// <summary>Whether it rotates, always attends, or is the visited district's township office.</summary>
    public PartnerPresence Presence { get; }

    /// <summary>When and how often it can attend.</summary>
    public PartnerAvailability Availability { get; }

    /// <summary>Districts it serves, sorted; empty means all.</summary>
    public IReadOnlyList<DistrictCode> Districts { get; }

    /// <summary>Whether it takes referrals.</summary>
    public bool AcceptsReferrals { get; }

    /// <summary>Need-code prefixes it takes referrals for, sorted; empty means every need its services address.</summary>
    public IReadOnlyList<string> ReferralNeeds { get; }

    /// <summary>Whether the organization is invented sample data.</summary>
    public bool IsSample { get; }

    /// <summary>Tells whether the partner serves a district.</summary>
    /// <param name="district">The district.</param>
    /// <returns><see langword="true"/> when <see cref="Districts"/> is empty or contains it.</returns>
    public bool Serves(DistrictCode district) => Districts.Count == 0 || Districts.Contains(district);

    /// <summary>Returns the id and the Korean name.</summary>
    /// <returns>For example <c>yp-dementia-centre 치매안심센터</c>.</returns>
    public override string ToString() => $"{Id} {Name.Korean}";
}
