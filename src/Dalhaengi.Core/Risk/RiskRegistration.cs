using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dalhaengi.Core.Risk;

/// <summary>Registers the risk services: the national indicator catalog, the default rule set and its compiled evaluator.</summary>
internal static class RiskRegistration
{
    /// <summary>Adds the defaults with <c>TryAdd</c>, so a host that registers its own catalog or rule set keeps it.</summary>
    internal static IServiceCollection AddDalhaengiRisk(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => IndicatorCatalog.National);
        services.TryAddSingleton(_ => BuiltInRuleSets.NationalOutreach);
        services.TryAddSingleton(sp => RiskEvaluator.Compile(sp.GetRequiredService<RiskRuleSet>(), sp.GetRequiredService<IndicatorCatalog>()));
        return services;
    }
}
