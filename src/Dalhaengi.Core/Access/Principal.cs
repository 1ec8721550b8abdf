using Ardalis.GuardClauses;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Internal;
using Dalhaengi.Core.Partners;

namespace Dalhaengi.Core.Access;

/// <summary>
/// Who is asking: a signed-in user acting in one role, with the districts or the partner organization that scope it.
/// </summary>
/// <remarks>
/// The user is an opaque account name, never a person's real name or resident registration number. Which scope
/// applies is the policy's business (<see cref="AccessRoleDefinition.Scope"/>); a principal only carries its facts.
/// </remarks>
public sealed record Principal
{
    private readonly ValueList<DistrictCode> _districts;

    /// <summary>Creates a principal.</summary>
    /// <param name="user">The opaque account name, for example <c>officer.gangsang</c>.</param>
    /// <param name="role">The role it acts in.</param>
    /// <param name="districts">The districts (읍면동) assigned; empty when none.</param>
    /// <param name="partner">The partner organization it works for, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The user is empty, the role is the default value or the user looks like a resident registration number.</exception>
    public Principal(string user, AccessRole role, IEnumerable<DistrictCode>? districts = null, PartnerId? partner = null)
    {
        User = Households.PersonalData.RejectRrn(Guard.Against.NullOrWhiteSpace(user), nameof(user))!;
        Role = Guard.Against.Default(role);
        _districts = (districts ?? []).Distinct().Order(Comparer<DistrictCode>.Create((a, b) => string.CompareOrdinal(a.Value, b.Value))).ToValueList();
        Partner = partner;
    }

    /// <summary>The opaque account name.</summary>
    public string User { get; }

    /// <summary>The role it acts in.</summary>
    public AccessRole Role { get; }

    /// <summary>The districts assigned, in ordinal order.</summary>
    public IReadOnlyList<DistrictCode> Districts => _districts;

    /// <summary>The partner organization it works for, or <see langword="null"/>.</summary>
    public PartnerId? Partner { get; }

    /// <summary>Creates the county coordinator.</summary>
    /// <param name="user">The account name.</param>
    /// <returns>The principal.</returns>
    public static Principal CountyCoordinator(string user) => new(user, AccessRole.CountyCoordinator);

    /// <summary>Creates a township officer for some districts.</summary>
    /// <param name="user">The account name.</param>
    /// <param name="districts">The districts assigned; at least one.</param>
    /// <returns>The principal.</returns>
    /// <exception cref="ArgumentException">No district is given.</exception>
    public static Principal TownshipOfficer(string user, params IEnumerable<DistrictCode> districts)
    {
        var list = Guard.Against.Null(districts).ToList();
        return list.Count == 0
            ? throw new ArgumentException("A township officer is assigned at least one district.", nameof(districts))
            : new(user, AccessRole.TownshipOfficer, list);
    }

    /// <summary>Creates staff of a partner organization.</summary>
    /// <param name="user">The account name.</param>
    /// <param name="partner">The partner organization.</param>
    /// <returns>The principal.</returns>
    public static Principal PartnerStaff(string user, PartnerId partner) => new(user, AccessRole.PartnerStaff, partner: Guard.Against.Default(partner));

    /// <summary>Creates the privacy officer.</summary>
    /// <param name="user">The account name.</param>
    /// <returns>The principal.</returns>
    public static Principal PrivacyOfficer(string user) => new(user, AccessRole.PrivacyOfficer);

    /// <summary>Returns the user, role and scope facts.</summary>
    /// <returns>For example <c>officer.gangsang township-officer [4183025000]</c>.</returns>
    public override string ToString() =>
        $"{User} {Role}" + (_districts.Count > 0 ? $" [{string.Join(", ", _districts)}]" : "") + (Partner is { } p ? $" @{p}" : "");
}
