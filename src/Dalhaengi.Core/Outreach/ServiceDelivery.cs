using Ardalis.GuardClauses;
using Dalhaengi.Core.Partners;

namespace Dalhaengi.Core.Outreach;

/// <summary>How many times one partner delivered one service at a session.</summary>
public readonly record struct ServiceDelivery
{
    /// <summary>Creates the count.</summary>
    /// <param name="service">The service, for example <c>health.bp-check</c>.</param>
    /// <param name="partner">The partner organization that delivered it.</param>
    /// <param name="count">How many times it was delivered; zero or more.</param>
    /// <exception cref="ArgumentException">An id is the default value or <paramref name="count"/> is negative.</exception>
    public ServiceDelivery(ServiceCode service, PartnerId partner, int count)
    {
        Service = Guard.Against.Default(service);
        Partner = Guard.Against.Default(partner);
        Count = Guard.Against.Negative(count);
    }

    /// <summary>The service delivered.</summary>
    public ServiceCode Service { get; }

    /// <summary>The partner organization that delivered it.</summary>
    public PartnerId Partner { get; }

    /// <summary>How many times it was delivered.</summary>
    public int Count { get; }
}
