using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Access;

/// <summary>
/// Names a role a principal acts in. The four built-in roles are defined by the default policy; a city adds its own
/// by naming it in its access policy file.
/// </summary>
public readonly record struct AccessRole
{
    /// <summary>Creates a role name.</summary>
    /// <param name="value">The role id, for example <c>township-officer</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or has characters outside the allowed set.</exception>
    public AccessRole(string value) => Value = Identifier.Validate(value, "access role", nameof(value));

    /// <summary>The county (시군) coordinator of the programme (총괄 담당자): the whole season, personal data only for a purpose.</summary>
    public static AccessRole CountyCoordinator { get; } = new("county-coordinator");

    /// <summary>A township (읍면동) welfare officer (맞춤형복지팀), scoped to the districts assigned.</summary>
    public static AccessRole TownshipOfficer { get; } = new("township-officer");

    /// <summary>Staff of one partner organization (참여기관), scoped to the referrals addressed to it.</summary>
    public static AccessRole PartnerStaff { get; } = new("partner-staff");

    /// <summary>The privacy officer (개인정보 보호책임자), who reads the access record.</summary>
    public static AccessRole PrivacyOfficer { get; } = new("privacy-officer");

    /// <summary>The role id.</summary>
    public string Value { get; }

    /// <summary>Returns the role id.</summary>
    /// <returns>The role id.</returns>
    public override string ToString() => Value ?? string.Empty;
}
