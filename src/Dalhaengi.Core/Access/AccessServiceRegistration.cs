using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dalhaengi.Core.Access;

/// <summary>Registers the access defaults; called by <c>AddDalhaengi</c>.</summary>
internal static class AccessServiceRegistration
{
    /// <summary>
    /// Adds the default access policy, the in-memory access record, the gate, the sample retention policy and its job,
    /// each with <c>TryAdd</c> so a city's policy and a host's durable record win.
    /// </summary>
    internal static IServiceCollection AddAccess(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => AccessPolicy.Default);
        services.TryAddSingleton<IAccessRecordRepository, InMemoryAccessRecordRepository>();
        services.TryAddSingleton<AccessGate>();
        services.TryAddSingleton(_ => RetentionPolicy.Sample);
        services.TryAddSingleton<RetentionJob>();
        return services;
    }
}
