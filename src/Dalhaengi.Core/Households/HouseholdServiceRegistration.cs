using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dalhaengi.Core.Households;

/// <summary>Registers the household defaults; called by <c>AddDalhaengi</c>.</summary>
internal static class HouseholdServiceRegistration
{
    /// <summary>Adds the in-memory household repository (one store per container) with <c>TryAdd</c>, so a host's durable one wins.</summary>
    internal static IServiceCollection AddHouseholds(this IServiceCollection services)
    {
        services.TryAddSingleton<IHouseholdRepository, InMemoryHouseholdRepository>();
        return services;
    }
}
