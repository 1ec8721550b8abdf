using Dalhaengi.Core.DependencyInjection;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Outreach;
using Dalhaengi.Core.Partners;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Dalhaengi.Core.Tests.Outreach;

/// <summary>The in-memory repositories that <c>AddDalhaengi</c> registers check records against the city.</summary>
public sealed class OutreachConsistencyTests
{
    private static readonly Site Site = BuiltInMunicipalities.Yangpyeong.Sites[0];

    [Fact]
    public async Task AddAsync_ASessionWhoseSiteIsInAnotherDistrict_IsRefusedNamingTheRule()
    {
        using var provider = new ServiceCollection().AddDalhaengi().BuildServiceProvider();
        var other = BuiltInMunicipalities.Yangpyeong.Districts.First(d => d.Code != Site.District).Code;
        var record = SessionRecord.Record(new SessionRecordId("rec-1"),
            new SessionDetails { Date = new LocalDate(2025, 3, 5), Site = Site.Id, District = other, ResidentsServed = 10 }, "staff", OutreachTestData.ClockOn(2025, 3, 5));

        var ex = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => provider.GetRequiredService<ISessionRecordRepository>().AddAsync(record));

        Assert.Equal("SessionSiteMustBeInItsDistrict", ex.Rule);
    }

    [Fact]
    public async Task AddAsync_AReferralToAMisspeltPartner_IsRefusedWithTheNearestId()
    {
        using var provider = new ServiceCollection().AddDalhaengi().BuildServiceProvider();
        var referral = OutreachTestData.NewReferral(OutreachTestData.ClockOn(2024, 3, 6), partner: new PartnerId("yp-mental-helth-centre"));

        var ex = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => provider.GetRequiredService<IReferralRepository>().AddAsync(referral));

        Assert.Equal("PartnerMustBeInTheRoster", ex.Rule);
        Assert.Contains("did you mean 'yp-mental-health-centre'?", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddAsync_AConsistentSession_IsStored()
    {
        using var provider = new ServiceCollection().AddDalhaengi().BuildServiceProvider();
        var repository = provider.GetRequiredService<ISessionRecordRepository>();
        var record = SessionRecord.Record(new SessionRecordId("rec-1"),
            new SessionDetails { Date = new LocalDate(2025, 3, 5), Site = Site.Id, District = Site.District, ResidentsServed = 10 }, "staff", OutreachTestData.ClockOn(2025, 3, 5));

        await repository.AddAsync(record);

        Assert.NotNull(await repository.FindAsync(record.Id));
    }
}
