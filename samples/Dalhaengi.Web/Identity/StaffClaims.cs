using System.Security.Claims;
using Dalhaengi.Core.Access;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;

namespace Dalhaengi.Web.Identity;

/// <summary>The claims that carry a staff account's role and scope, and the library principal built from them.</summary>
internal static class StaffClaims
{
    public const string Role = "dalhaengi/role";
    public const string District = "dalhaengi/district";
    public const string Partner = "dalhaengi/partner";

    /// <summary>Builds the library's principal from a signed-in user, or <see langword="null"/> for anyone else.</summary>
    public static Principal? ToPrincipal(this ClaimsPrincipal user)
    {
        var name = user.Identity is { IsAuthenticated: true } identity ? identity.Name : null;
        var role = user.FindFirst(Role)?.Value;
        if (string.IsNullOrEmpty(name) || string.IsNullOrEmpty(role))
        {
            return null;
        }

        var districts = user.FindAll(District).Select(c => new DistrictCode(c.Value));
        var partner = user.FindFirst(Partner)?.Value is { Length: > 0 } p ? new PartnerId(p) : (PartnerId?)null;
        return new Principal(name, new AccessRole(role), districts, partner);
    }

    /// <summary>The principal of a page's user; pages behind the staff policy always have one.</summary>
    public static Principal RequirePrincipal(this ClaimsPrincipal user) =>
        user.ToPrincipal() ?? throw new InvalidOperationException("The staff policy lets only signed-in staff through.");
}
