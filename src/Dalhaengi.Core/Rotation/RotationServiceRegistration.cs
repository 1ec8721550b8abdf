using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dalhaengi.Core.Rotation;

/// <summary>Registers the partner roster, the rotation planner and referral routing; called from <c>AddDalhaengi</c>.</summary>
internal static class RotationServiceRegistration
{
    /// <summary>
    /// Adds, each with <c>TryAdd</c> so a host can register its own first: the built-in roster of the configured
    /// municipality (an empty roster for any other municipality), <see cref="RotationPlanner"/> and <see cref="ReferralRouter"/>.
    /// </summary>
    internal static IServiceCollection AddRotation(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => BuiltInPartnerRosters.For(sp.GetRequiredService<Municipality>()) ?? PartnerRoster.Empty);
        services.TryAddSingleton<RotationPlanner>();
        services.TryAddSingleton<IRotationPlanRepository, InMemoryRotationPlanRepository>();
        services.TryAddSingleton(sp => new ReferralRouter(sp.GetRequiredService<PartnerRoster>(), sp.GetRequiredService<Municipality>()));
        return services;
    }
}
