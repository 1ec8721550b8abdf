using Dalhaengi.Core;
using Dalhaengi.Core.DependencyInjection;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Outreach;
using Dalhaengi.Core.Partners;
using Dalhaengi.SampleHost.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Dalhaengi.SampleHost.Tests.Storage;

/// <summary>The host's composition hands the city to the SQLite repositories, so they check what the in-memory ones check.</summary>
public sealed class StorageServiceCollectionExtensionsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dalhaengi-storage-di-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private ServiceProvider Provider() =>
        new ServiceCollection().AddSqliteStorage(new DatabaseOption { Path = Path.Combine(_folder, "dalhaengi.db") }).AddDalhaengi().BuildServiceProvider();

    [Fact]
    public async Task AddSqliteStorage_ThenAddDalhaengi_SessionRepositoryRefusesASiteOutsideItsDistrict()
    {
        using var provider = Provider();
        var repository = provider.GetRequiredService<ISessionRecordRepository>();
        var record = SessionRecord.Record(new SessionRecordId("rec-refused-1"),
            new SessionDetails { Date = new LocalDate(2024, 4, 3), Site = new("yp-yangpyeong-25"), District = StorageTestData.Gangsang, ResidentsServed = 10 },
            "staff-kim", StorageTestData.Clock());

        var before = (await repository.ListAsync()).Count; // the first call opens and seeds the sample season

        var ex = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => repository.AddAsync(record));

        Assert.IsType<SqliteSessionRecordRepository>(repository);
        Assert.Equal(OutreachConsistency.SiteInDistrictRule, ex.Rule);
        Assert.Null(await repository.FindAsync(record.Id));
        Assert.Equal(before, (await repository.ListAsync()).Count);
    }

    [Fact]
    public async Task AddSqliteStorage_ThenAddDalhaengi_ReferralRepositoryRefusesAPartnerNotInTheRoster()
    {
        using var provider = Provider();
        var repository = provider.GetRequiredService<IReferralRepository>();
        var day = new LocalDate(2024, 3, 6);
        var referral = Referral.Open(new ReferralId("ref-refused-1"),
            ReferralSubject.ForFinding(StorageTestData.Finding("fnd-refused-1", day, household: "hh-refused"), ConsentRecord.Written(day)),
            new PartnerId("yp-mental-helth-centre"), "staff-kim", StorageTestData.Clock());

        var ex = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => repository.AddAsync(referral));

        Assert.IsType<SqliteReferralRepository>(repository);
        Assert.Equal(OutreachConsistency.KnownPartnerRule, ex.Rule);
        Assert.Null(await repository.FindAsync(referral.Id));
        Assert.Empty(await repository.ListAsync(new ReferralQuery { Household = new HouseholdId("hh-refused") }));
    }
}
