using Dalhaengi.Core.DependencyInjection;
using Dalhaengi.Core.Geography;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Dalhaengi.Core.Tests.DependencyInjection;

public sealed class DalhaengiServiceCollectionExtensionsTests
{
    [Fact]
    public void AddDalhaengi_ByDefault_ResolvesYangpyeongAndASystemClock()
    {
        using var provider = new ServiceCollection().AddDalhaengi().BuildServiceProvider();

        Assert.Same(BuiltInMunicipalities.Yangpyeong, provider.GetRequiredService<Municipality>());
        Assert.NotNull(provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void AddDalhaengi_WhenHostRegisteredAClock_KeepsIt()
    {
        var clock = new FakeClock(Instant.FromUtc(2025, 3, 5, 0, 0));
        using var provider = new ServiceCollection().AddSingleton<IClock>(clock).AddDalhaengi().BuildServiceProvider();

        Assert.Same(clock, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void AddDalhaengi_WithOptions_UsesTheChosenMunicipality()
    {
        using var provider = new ServiceCollection()
            .AddDalhaengi(o => o.Municipality = BuiltInMunicipalities.Hwaseong)
            .BuildServiceProvider();

        Assert.Same(BuiltInMunicipalities.Hwaseong, provider.GetRequiredService<Municipality>());
    }

    [Fact]
    public void AddDalhaengi_WhenOptionsInvalid_ThrowsAtRegistration()
    {
        var ex = Assert.Throws<DalhaengiValidationException>(() => new ServiceCollection().AddDalhaengi(o => o.Municipality = null!));

        Assert.Equal("Municipality", Assert.Single(ex.Problems).Path);
    }

    [Fact]
    public void AddDalhaengi_RegistersOneSharedInMemoryStorePerContainer_AndKeepsAHostsRepository()
    {
        using var provider = new ServiceCollection().AddDalhaengi().BuildServiceProvider();
        var custom = new Dalhaengi.Core.Outreach.InMemoryReferralRepository();
        using var overridden = new ServiceCollection().AddSingleton<Dalhaengi.Core.Outreach.IReferralRepository>(custom).AddDalhaengi().BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<Dalhaengi.Core.Outreach.ISessionRecordRepository>(), provider.GetRequiredService<Dalhaengi.Core.Outreach.ISessionRecordRepository>());
        Assert.NotNull(provider.GetRequiredService<Dalhaengi.Core.Outreach.ICaseRepository>());
        Assert.Same(Dalhaengi.Core.Outreach.CaseDeadlines.Default, provider.GetRequiredService<Dalhaengi.Core.Outreach.CaseDeadlines>());
        Assert.Same(custom, overridden.GetRequiredService<Dalhaengi.Core.Outreach.IReferralRepository>());
    }

    [Fact]
    public void AddDalhaengi_RegistersTheRosterOfTheMunicipalityAndThePlanner()
    {
        using var provider = new ServiceCollection()
            .AddDalhaengi(o => o.Municipality = BuiltInMunicipalities.Hwaseong)
            .BuildServiceProvider();

        Assert.Same(Dalhaengi.Core.Partners.BuiltInPartnerRosters.Hwaseong, provider.GetRequiredService<Dalhaengi.Core.Partners.PartnerRoster>());
        Assert.NotNull(provider.GetRequiredService<Dalhaengi.Core.Rotation.RotationPlanner>());
        Assert.NotNull(provider.GetRequiredService<Dalhaengi.Core.Partners.ReferralRouter>());
    }
}
