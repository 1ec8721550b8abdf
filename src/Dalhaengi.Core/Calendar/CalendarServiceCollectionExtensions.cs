using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dalhaengi.Core.Calendar;

/// <summary>Registers the holiday calendar; called from <c>AddDalhaengi</c>.</summary>
internal static class CalendarServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="KoreanHolidayCalendar.Default"/> as the singleton <see cref="IHolidayCalendar"/>,
    /// unless the host registered its own (for example a calendar extended with <c>With</c>).
    /// </summary>
    internal static IServiceCollection AddHolidayCalendar(this IServiceCollection services)
    {
        services.TryAddSingleton<IHolidayCalendar>(KoreanHolidayCalendar.Default);
        return services;
    }
}
