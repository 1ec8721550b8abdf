using Ardalis.GuardClauses;
using Dalhaengi.Core.Access;
using Dalhaengi.Core.Calendar;
using Dalhaengi.Core.Eligibility;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Outreach;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Risk;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Dalhaengi.Core.Rotation;
using NodaTime;

namespace Dalhaengi.Core.DependencyInjection;

/// <summary>Registers Dalhaengi.Core's services with a Microsoft.Extensions.DependencyInjection container.</summary>
public static class DalhaengiServiceCollectionExtensions
{
    /// <summary>Registers Dalhaengi.Core's services with the default options (Yangpyeong County).</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddDalhaengi(this IServiceCollection services) => services.AddDalhaengi(_ => { });

    /// <summary>Registers Dalhaengi.Core's services with options.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="DalhaengiValidationException">
    /// The options are invalid — for example a municipality that is not built in with no roster, or a roster whose
    /// districts the municipality does not have; checked here, at registration, not on first use, with every problem listed.
    /// </exception>
    /// <remarks>
    /// Every default is registered with <c>TryAdd</c>, so a host that registers its own
    /// <see cref="IClock"/> (for example NodaTime.Testing's <c>FakeClock</c>) before or after keeps it.
    /// </remarks>
    public static IServiceCollection AddDalhaengi(this IServiceCollection services, Action<DalhaengiOptions> configure)
    {
        Guard.Against.Null(services);
        Guard.Against.Null(configure);

        var options = new DalhaengiOptions();
        configure(options);
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(PartnerRoster));
        var problems = options.Validate(registered is not null, registered?.ImplementationInstance as PartnerRoster);
        if (problems.Count > 0)
        {
            throw new DalhaengiValidationException(nameof(DalhaengiOptions), problems);
        }

        services.TryAddSingleton(options);
#pragma warning disable RS0030 // The one sanctioned use of the system clock: the overridable DI default.
        services.TryAddSingleton<IClock>(SystemClock.Instance);
#pragma warning restore RS0030
        services.TryAddSingleton(options.Municipality);
        if (options.EffectiveRoster is { } roster)
        {
            services.TryAddSingleton(roster);
        }

        if (options.RuleSet is { } ruleSet)
        {
            services.TryAddSingleton(ruleSet);
        }

        if (options.Holidays.Count > 0)
        {
            services.TryAddSingleton<IHolidayCalendar>(KoreanHolidayCalendar.Default.With(options.Holidays));
        }

        if (options.EmergencySupport is { } support)
        {
            services.TryAddSingleton(support);
        }

        services.AddHolidayCalendar();
        services.AddEligibility();
        services.AddHouseholds();
        services.AddOutreach();
        services.AddRotation();
        services.AddDalhaengiRisk();
        services.AddAccess();
        return services;
    }
}
