using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Access;

/// <summary>Defines a role in a policy: its name, how far it reaches and what it may see.</summary>
public sealed record AccessRoleDefinition
{
    private readonly ValueList<AccessGrant> _grants;

    /// <summary>Creates a role definition.</summary>
    /// <param name="role">The role.</param>
    /// <param name="name">Its Korean and English names, shown to staff.</param>
    /// <param name="scope">How far its grants reach.</param>
    /// <param name="grants">What it may see; at most one grant per kind of subject.</param>
    /// <exception cref="ArgumentException">An argument is missing or the scope is not defined.</exception>
    public AccessRoleDefinition(AccessRole role, BilingualName name, AccessScope scope, IEnumerable<AccessGrant> grants)
    {
        Role = Guard.Against.Default(role);
        Name = Guard.Against.Default(name);
        Scope = Guard.Against.EnumOutOfRange(scope);
        _grants = Guard.Against.Null(grants).ToValueList();
    }

    /// <summary>The role.</summary>
    public AccessRole Role { get; }

    /// <summary>Its Korean and English names.</summary>
    public BilingualName Name { get; }

    /// <summary>How far its grants reach.</summary>
    public AccessScope Scope { get; }

    /// <summary>What it may see.</summary>
    public IReadOnlyList<AccessGrant> Grants => _grants;

    /// <summary>Finds the grant for a kind of subject.</summary>
    /// <param name="subject">The kind of subject.</param>
    /// <returns>The grant, or <see langword="null"/> when the role may not see it at all.</returns>
    public AccessGrant? GrantFor(AccessSubjectKind subject) => _grants.FirstOrDefault(g => g.Subject == subject);
}
