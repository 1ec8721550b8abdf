using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;
using Dalhaengi.Core.Partners;

namespace Dalhaengi.Core.Rotation;

/// <summary>A partner on a session's team, with the services it brings there.</summary>
public sealed record TeamMember
{
    /// <summary>Creates the member.</summary>
    /// <param name="partner">The partner.</param>
    /// <param name="role">Why it is on the team.</param>
    /// <param name="services">The services it brings.</param>
    /// <exception cref="ArgumentException"><paramref name="partner"/> is the default value.</exception>
    public TeamMember(PartnerId partner, TeamRole role, IEnumerable<ServiceCode> services)
    {
        Partner = Guard.Against.Default(partner);
        Role = Guard.Against.EnumOutOfRange(role);
        Services = Guard.Against.Null(services).ToValueList();
    }

    /// <summary>The partner.</summary>
    public PartnerId Partner { get; }

    /// <summary>Why it is on the team.</summary>
    public TeamRole Role { get; }

    /// <summary>The services it brings.</summary>
    public IReadOnlyList<ServiceCode> Services { get; }
}
