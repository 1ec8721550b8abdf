using System.Collections.Frozen;
using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Partners;

/// <summary>
/// The services offered in a program and the partner organizations that bring them: the reference data the
/// rotation planner builds teams from and referral routing searches.
/// </summary>
/// <remarks>
/// Immutable and validated as a whole. Services and partners are kept sorted by code and id (ordinal), so two
/// rosters with the same content in a different order are equal and plan identically.
/// </remarks>
public sealed class PartnerRoster : IEquatable<PartnerRoster>
{
    private readonly FrozenDictionary<ServiceCode, ServiceDefinition> _services;
    private readonly FrozenDictionary<PartnerId, PartnerOrganization> _partners;

    /// <summary>Creates a roster and validates it.</summary>
    /// <param name="services">The services offered.</param>
    /// <param name="partners">The partner organizations.</param>
    /// <exception cref="DalhaengiValidationException">
    /// Duplicate codes or ids, or a partner brings a service the roster does not define; every problem is listed.
    /// </exception>
    public PartnerRoster(IEnumerable<ServiceDefinition> services, IEnumerable<PartnerOrganization> partners)
    {
        var s = Guard.Against.Null(services).ToList();
        var p = Guard.Against.Null(partners).ToList();
        var problems = PartnerRosterValidator.Validate(s, p);
        if (problems.Count > 0)
        {
            throw new DalhaengiValidationException("partner roster", problems);
        }

        Services = s.OrderBy(x => x.Code.Value, StringComparer.Ordinal).ToValueList();
        Partners = p.OrderBy(x => x.Id.Value, StringComparer.Ordinal).ToValueList();
        _services = Services.ToFrozenDictionary(x => x.Code);
        _partners = Partners.ToFrozenDictionary(x => x.Id);
    }

    /// <summary>An empty roster.</summary>
    public static PartnerRoster Empty { get; } = new([], []);

    /// <summary>The services, sorted by code.</summary>
    public IReadOnlyList<ServiceDefinition> Services { get; }

    /// <summary>The partner organizations, sorted by id.</summary>
    public IReadOnlyList<PartnerOrganization> Partners { get; }

    /// <summary>Gets a service by its code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The service.</returns>
    /// <exception cref="KeyNotFoundException">The roster has no such service.</exception>
    public ServiceDefinition GetService(ServiceCode code) =>
        _services.TryGetValue(code, out var s) ? s : throw new KeyNotFoundException($"The roster has no service '{code}'.");

    /// <summary>Finds a partner by its id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The partner, or <see langword="null"/>.</returns>
    public PartnerOrganization? FindPartner(PartnerId id) => _partners.GetValueOrDefault(id);

    /// <summary>Gets a partner by its id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The partner.</returns>
    /// <exception cref="KeyNotFoundException">The roster has no such partner.</exception>
    public PartnerOrganization GetPartner(PartnerId id) =>
        _partners.TryGetValue(id, out var p) ? p : throw new KeyNotFoundException($"The roster has no partner '{id}'.");

    /// <inheritdoc/>
    public bool Equals(PartnerRoster? other) =>
        other is not null && (ReferenceEquals(this, other) || (Services.Equals(other.Services) && Partners.Equals(other.Partners)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PartnerRoster);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Services.Count, Partners.Count);

    /// <summary>Returns the number of services and partners.</summary>
    /// <returns>For example <c>20 services, 28 partners</c>.</returns>
    public override string ToString() => $"{Services.Count} services, {Partners.Count} partners";
}
