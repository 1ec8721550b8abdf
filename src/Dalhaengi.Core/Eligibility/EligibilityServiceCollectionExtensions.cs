using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dalhaengi.Core.Eligibility;

/// <summary>Registers the eligibility defaults; called by <c>AddDalhaengi</c>.</summary>
internal static class EligibilityServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="EmergencySupportThresholds.Default"/> and an <see cref="EmergencySupportEvaluator"/> over
    /// whichever thresholds are registered, both with <c>TryAdd</c> so a city can register newer tables.
    /// </summary>
    internal static IServiceCollection AddEligibility(this IServiceCollection services)
    {
        // A factory, so the embedded tables are read on first use rather than at registration.
        services.TryAddSingleton(_ => EmergencySupportThresholds.Default);
        services.TryAddSingleton(sp => new EmergencySupportEvaluator(sp.GetRequiredService<EmergencySupportThresholds>()));
        return services;
    }
}
