using System.Security.Claims;
using System.Security.Cryptography;
using Dalhaengi.Core.Access;
using Microsoft.AspNetCore.Identity;

namespace Dalhaengi.Web.Identity;

/// <summary>
/// One demo account per role, created on the first start of an empty user table and printed once. Demo only: a city
/// provisions real accounts from its own directory and never ships these.
/// </summary>
internal static class DemoAccounts
{
    /// <summary>The accounts: name, role, districts (양평읍 4183025000, 양서면 4183033000) and partner.</summary>
    public static readonly (string User, AccessRole Role, string[] Districts, string? Partner, string Label)[] All =
    [
        ("coordinator", AccessRole.CountyCoordinator, [], null, "군 총괄 담당자"),
        ("officer.yangpyeong", AccessRole.TownshipOfficer, ["4183025000"], null, "양평읍 맞춤형복지팀"),
        ("officer.yangseo", AccessRole.TownshipOfficer, ["4183033000"], null, "양서면 맞춤형복지팀"),
        ("partner.mental", AccessRole.PartnerStaff, [], "yp-mental-health-centre", "정신건강복지센터"),
        ("partner.dementia", AccessRole.PartnerStaff, [], "yp-dementia-centre", "치매안심센터"),
        ("privacy", AccessRole.PrivacyOfficer, [], null, "개인정보 보호책임자"),
    ];

    /// <summary>Creates the accounts when there are none; returns <see langword="true"/> when it did.</summary>
    public static async Task<bool> EnsureAsync(UserManager<IdentityUser> users, string? password, TextWriter console)
    {
        if (users.Users.Any())
        {
            return false;
        }

        // A random password unless the host was given one (tests do); printed once below, stored only as a hash.
        password ??= "Demo-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant() + "-9";
        foreach (var (user, role, districts, partner, _) in All)
        {
            var account = new IdentityUser(user);
            Check(await users.CreateAsync(account, password), user);
            var claims = new List<Claim> { new(StaffClaims.Role, role.Value) };
            claims.AddRange(districts.Select(d => new Claim(StaffClaims.District, d)));
            if (partner is not null)
            {
                claims.Add(new Claim(StaffClaims.Partner, partner));
            }

            Check(await users.AddClaimsAsync(account, claims), user);
        }

        await console.WriteLineAsync("데모 계정 — 시연 전용, 실제 업무에 쓰지 마십시오 (demo only; printed once, not shown again):");
        foreach (var (user, _, _, _, label) in All)
        {
            await console.WriteLineAsync($"  {user,-20} {label}");
        }

        await console.WriteLineAsync($"  password for every demo account: {password}");
        return true;
    }

    private static void Check(IdentityResult result, string user)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Cannot create demo account {user}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
