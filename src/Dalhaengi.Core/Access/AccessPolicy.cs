using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Access;

/// <summary>
/// Decides, for a principal and a purpose, whether it may see a subject: need-to-know access to households,
/// referrals, cases, session records, aggregate figures and the access record (개인정보 보호법: purpose limitation,
/// minimum data).
/// </summary>
/// <remarks>
/// <para>
/// The roles, their scopes and their grants are data (<see cref="AccessPolicyJson"/>, format
/// <c>dalhaengi.access-policy/1</c>); the checks below are code, the same for every city, in this order:
/// the role must be defined (<c>unknown-role</c>); it must have a grant for the kind of subject (<c>no-grant</c>);
/// personal data needs a purpose (<c>personal-data-needs-purpose</c>); a purpose must be one the policy defines
/// (<c>unknown-purpose</c>) and, when the grant lists purposes, one of them (<c>purpose-not-granted</c>); the subject
/// must be in scope — a district scope needs the subject's district among the principal's (<c>outside-districts</c>),
/// a partner scope needs the subject addressed to the principal's partner (<c>not-addressed-to-partner</c>) and, for
/// personal data, the household's consent to share with that partner on the day (<c>no-consent</c>). Aggregates and
/// the access record have no district or partner, so a grant for them reaches every principal of the role.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class AccessPolicy
{
    private readonly ValueList<AccessRoleDefinition> _roles;
    private readonly Dictionary<AccessRole, AccessRoleDefinition> _byRole;
    private readonly Dictionary<AccessPurpose, BilingualName> _purposes;

    /// <summary>Creates a policy and checks it as a whole.</summary>
    /// <param name="id">The policy's id, for example <c>kr.default-access</c>.</param>
    /// <param name="version">Its version, for example <c>2026.1</c>.</param>
    /// <param name="purposes">The purposes it knows, with their names.</param>
    /// <param name="roles">The roles it defines.</param>
    /// <exception cref="ArgumentException">An argument is missing.</exception>
    /// <exception cref="DalhaengiValidationException">
    /// A role or purpose is repeated, a role has two grants for one kind of subject, a grant names an unknown purpose,
    /// or a grant on personal data lists no purpose.
    /// </exception>
    public AccessPolicy(string id, string version, IEnumerable<KeyValuePair<AccessPurpose, BilingualName>> purposes, IEnumerable<AccessRoleDefinition> roles)
    {
        Id = Guard.Against.ResidentNumber(Guard.Against.NullOrWhiteSpace(id));
        Version = Guard.Against.ResidentNumber(Guard.Against.NullOrWhiteSpace(version));
        var purposeList = Guard.Against.Null(purposes).ToList();
        _roles = Guard.Against.Null(roles).ToValueList();
        var problems = Validate(purposeList, _roles);
        if (problems.Count > 0)
        {
            throw new DalhaengiValidationException($"access policy {id}", problems);
        }

        _purposes = purposeList.ToDictionary(p => p.Key, p => p.Value);
        _byRole = _roles.ToDictionary(r => r.Role);
    }

    /// <summary>The built-in policy for the four roles (<c>kr.default-access</c>); see <c>docs/access.md</c>.</summary>
    public static AccessPolicy Default => DefaultHolder.Value;

    /// <summary>The policy's id.</summary>
    public string Id { get; }

    /// <summary>Its version.</summary>
    public string Version { get; }

    /// <summary>The roles it defines, in file order.</summary>
    public IReadOnlyList<AccessRoleDefinition> Roles => _roles;

    /// <summary>The purposes it knows, with their names.</summary>
    public IReadOnlyDictionary<AccessPurpose, BilingualName> Purposes => _purposes;

    /// <summary>Finds a role's definition.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The definition, or <see langword="null"/> when the policy does not define the role.</returns>
    public AccessRoleDefinition? FindRole(AccessRole role) => _byRole.GetValueOrDefault(role);

    /// <summary>Decides whether a principal may see a subject for a purpose.</summary>
    /// <param name="principal">Who asks.</param>
    /// <param name="purpose">Why, or <see langword="null"/> when no purpose is given.</param>
    /// <param name="target">What it asks to see.</param>
    /// <returns>The decision with the rule that made it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="principal"/> or <paramref name="target"/> is <see langword="null"/>.</exception>
    public AccessDecision Decide(Principal principal, AccessPurpose? purpose, AccessTarget target)
    {
        Guard.Against.Null(principal);
        Guard.Against.Null(target);
        if (FindRole(principal.Role) is not { } role)
        {
            return Deny("unknown-role", $"정책에 없는 역할입니다: {principal.Role} / the policy does not define role {principal.Role}");
        }

        if (role.GrantFor(target.Kind) is not { } grant)
        {
            return Deny("no-grant", $"{role.Name.Korean} 역할은 {target.Kind}을(를) 볼 수 없습니다 / role {role.Role} has no grant for {target.Kind}");
        }

        if (target.Kind == AccessSubjectKind.HouseholdPersonalData && purpose is null)
        {
            return Deny("personal-data-needs-purpose", "개인정보는 목적을 밝혀야 볼 수 있습니다 / personal data is shown only for a stated purpose");
        }

        if (purpose is { } given && !_purposes.ContainsKey(given))
        {
            return Deny("unknown-purpose", $"정책에 없는 목적입니다: {given} / the policy does not define purpose {given}");
        }

        if (grant.NeedsPurpose && (purpose is not { } p || !grant.Purposes.Contains(p)))
        {
            var allowed = string.Join(", ", grant.Purposes);
            return Deny("purpose-not-granted", $"이 목적으로는 볼 수 없습니다 (허용 목적: {allowed}) / {target.Kind} is granted to {role.Role} only for: {allowed}");
        }

        return CheckScope(principal, role, target);
    }

    private static AccessDecision CheckScope(Principal principal, AccessRoleDefinition role, AccessTarget target)
    {
        if (target.Kind is AccessSubjectKind.Aggregate or AccessSubjectKind.AccessRecord || role.Scope == AccessScope.Municipality)
        {
            return Allow(role, target);
        }

        if (role.Scope == AccessScope.Districts)
        {
            return target.District is { } d && principal.Districts.Contains(d)
                ? Allow(role, target)
                : Deny("outside-districts", $"담당 읍면동이 아닙니다 / {target} is not in the principal's districts");
        }

        if (principal.Partner is not { } partner || !target.AddressedTo.Contains(partner))
        {
            return Deny("not-addressed-to-partner", $"이 기관 앞으로 온 의뢰가 아닙니다 / {target} is not addressed to the principal's partner");
        }

        return target.Kind == AccessSubjectKind.HouseholdPersonalData && !target.ConsentedTo.Contains(partner)
            ? Deny("no-consent", $"가구가 이 기관에 개인정보 제공을 동의하지 않았습니다 / the household has not consented to share personal data with {partner}")
            : Allow(role, target);
    }

    private static AccessDecision Allow(AccessRoleDefinition role, AccessTarget target) =>
        new(true, "granted", $"{role.Name.Korean} 역할에 허용됨 / granted to {role.Role} for {target.Kind}");

    private static AccessDecision Deny(string rule, string reason) => new(false, rule, reason);

    private static List<ValidationProblem> Validate(List<KeyValuePair<AccessPurpose, BilingualName>> purposes, ValueList<AccessRoleDefinition> roles)
    {
        var problems = new List<ValidationProblem>();
        var known = new HashSet<AccessPurpose>();
        for (var i = 0; i < purposes.Count; i++)
        {
            if (purposes[i].Key == default || !known.Add(purposes[i].Key))
            {
                problems.Add(new($"$.purposes[{i}].id", $"purpose '{purposes[i].Key}' is missing or repeated"));
            }
        }

        var seen = new HashSet<AccessRole>();
        for (var i = 0; i < roles.Count; i++)
        {
            var role = roles[i];
            if (role is null)
            {
                problems.Add(new($"$.roles[{i}]", "must not be null"));
                continue;
            }

            if (!seen.Add(role.Role))
            {
                problems.Add(new($"$.roles[{i}].id", $"role '{role.Role}' is defined twice"));
            }

            var kinds = new HashSet<AccessSubjectKind>();
            for (var j = 0; j < role.Grants.Count; j++)
            {
                var grant = role.Grants[j];
                var path = $"$.roles[{i}].grants[{j}]";
                if (!kinds.Add(grant.Subject))
                {
                    problems.Add(new(path + ".subject", $"role '{role.Role}' has two grants for {grant.Subject}", "merge their purposes into one grant"));
                }

                if (grant.Subject == AccessSubjectKind.HouseholdPersonalData && !grant.NeedsPurpose)
                {
                    problems.Add(new(path + ".purposes", "personal data is never granted without a purpose", "list the purposes it is read for, e.g. [\"case-work\"]"));
                }

                for (var k = 0; k < grant.Purposes.Count; k++)
                {
                    if (!known.Contains(grant.Purposes[k]))
                    {
                        problems.Add(new($"{path}.purposes[{k}]", $"'{grant.Purposes[k]}' is not a purpose of this policy", "define it under $.purposes"));
                    }
                }
            }
        }

        return problems;
    }

    private static class DefaultHolder
    {
        internal static readonly AccessPolicy Value = AccessPolicyJson.Load(EmbeddedData.Open("access/kr.default-access.json"), "kr.default-access.json");
    }
}
