using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dalhaengi.Core.Outreach;

/// <summary>Registers the outreach defaults; called by <c>AddDalhaengi</c>.</summary>
internal static class OutreachServiceRegistration
{
    /// <summary>
    /// Adds the in-memory repositories (one shared store per container) and the default case timing, each with
    /// <c>TryAdd</c> so a host's durable repositories or local timing win.
    /// </summary>
    internal static IServiceCollection AddOutreach(this IServiceCollection services)
    {
        services.TryAddSingleton<ISessionRecordRepository, InMemorySessionRecordRepository>();
        services.TryAddSingleton<IReferralRepository, InMemoryReferralRepository>();
        services.TryAddSingleton<ICaseRepository, InMemoryCaseRepository>();
        services.TryAddSingleton(CaseDeadlines.Default);
        return services;
    }
}
