using Dalhaengi.Core.Calendar;
using Dalhaengi.Core.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace Dalhaengi.Core.Tests.Calendar;

public sealed class CalendarServiceCollectionExtensionsTests
{
    [Fact]
    public void AddDalhaengi_ByDefault_ResolvesTheDefaultCalendarAsASingleton()
    {
        using var provider = new ServiceCollection().AddDalhaengi().BuildServiceProvider();

        Assert.Same(KoreanHolidayCalendar.Default, provider.GetRequiredService<IHolidayCalendar>());
    }

    [Fact]
    public void AddDalhaengi_WhenHostRegisteredACalendar_KeepsIt()
    {
        var county = KoreanHolidayCalendar.Default.With([new Holiday(new NodaTime.LocalDate(2025, 8, 4), HolidayKind.Local, new("군청 휴무일", "County office closure"))]);

        using var provider = new ServiceCollection().AddSingleton<IHolidayCalendar>(county).AddDalhaengi().BuildServiceProvider();

        Assert.Same(county, provider.GetRequiredService<IHolidayCalendar>());
    }
}
