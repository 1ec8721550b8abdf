using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Partners;

/// <summary>
/// A service offered at sessions, such as a blood-pressure check or depression screening, and the needs it addresses.
/// </summary>
/// <remarks>
/// Services are open reference data a municipality extends, not an enum. <see cref="Addresses"/> lists need or
/// indicator code prefixes: a need code such as <c>screening.phq9.item9</c> is addressed by the prefix <c>screening</c> or
/// <c>screening.phq9</c> (matched ordinally on whole dot-separated segments).
/// </remarks>
public sealed record ServiceDefinition
{
    /// <summary>Creates a service definition.</summary>
    /// <param name="code">The service's code.</param>
    /// <param name="name">The service's name, for example 우울 선별검사 (depression screening).</param>
    /// <param name="category">The service's category.</param>
    /// <param name="addresses">Need or indicator code prefixes the service addresses; may be empty.</param>
    /// <param name="isSample">Whether the service is invented sample data rather than attested.</param>
    /// <exception cref="ArgumentException">The code or name is the default value, or a prefix is empty.</exception>
    public ServiceDefinition(ServiceCode code, BilingualName name, ServiceCategory category, IEnumerable<string>? addresses = null, bool isSample = false)
    {
        Code = Guard.Against.Default(code);
        Name = Guard.Against.Default(name);
        Category = Guard.Against.EnumOutOfRange(category);
        var list = addresses.ToValueList();
        foreach (var prefix in list)
        {
            Guard.Against.ResidentNumber(Guard.Against.NullOrWhiteSpace(prefix, nameof(addresses)), nameof(addresses));
        }

        Addresses = list;
        IsSample = isSample;
    }

    /// <summary>The service's code.</summary>
    public ServiceCode Code { get; }

    /// <summary>The service's name.</summary>
    public BilingualName Name { get; }

    /// <summary>The service's category.</summary>
    public ServiceCategory Category { get; }

    /// <summary>Need or indicator code prefixes the service addresses, in the order given.</summary>
    public IReadOnlyList<string> Addresses { get; }

    /// <summary>Whether the service is invented sample data.</summary>
    public bool IsSample { get; }

    /// <summary>Returns the code and the Korean name.</summary>
    /// <returns>For example <c>mental.depression-screening 우울 선별검사</c>.</returns>
    public override string ToString() => $"{Code} {Name.Korean}";
}
