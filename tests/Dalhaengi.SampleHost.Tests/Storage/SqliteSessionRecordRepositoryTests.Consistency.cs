using Dalhaengi.Core;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Outreach;
using Dalhaengi.Core.Partners;
using Dalhaengi.SampleHost.Storage;
using NodaTime;

namespace Dalhaengi.SampleHost.Tests.Storage;

/// <summary>The store makes the library's cross-aggregate checks, as the in-memory repository does, and writes nothing it refuses.</summary>
public sealed partial class SqliteSessionRecordRepositoryTests
{
    private static readonly Municipality Yangpyeong = BuiltInMunicipalities.Yangpyeong;

    private static SessionRecord Bare(string id, SiteId site, DistrictCode district, params PartnerId[] partners) =>
        SessionRecord.Record(new SessionRecordId(id),
            new SessionDetails { Date = new LocalDate(2024, 4, 3), Site = site, District = district, PartnersPresent = partners, ResidentsServed = 40 },
            "staff-kim", StorageTestData.Clock());

    [Fact]
    public async Task AddAsync_WhenTheSiteIsInAnotherDistrict_IsRefusedNamingTheRule_AndNothingIsStored()
    {
        var repository = new SqliteSessionRecordRepository(_db.Database, Yangpyeong, BuiltInPartnerRosters.Yangpyeong);
        var record = Bare("rec-wrong-district", new SiteId("yp-yangpyeong-25"), StorageTestData.Gangsang);

        var ex = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => repository.AddAsync(record));

        Assert.Equal(OutreachConsistency.SiteInDistrictRule, ex.Rule);
        Assert.Contains("'yp-yangpyeong-25'", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"not '{StorageTestData.Gangsang}'", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0L, _db.Count("session_records"));
        Assert.Equal(0L, _db.Count("session_record_revisions"));
    }

    [Fact]
    public async Task AddAsync_WhenTheMunicipalityHasNoSuchSite_IsRefusedNamingTheRule()
    {
        var repository = new SqliteSessionRecordRepository(_db.Database, Yangpyeong, BuiltInPartnerRosters.Yangpyeong);

        var ex = await Assert.ThrowsAsync<BusinessRuleViolationException>(() =>
            repository.AddAsync(Bare("rec-no-site", new SiteId("yp-nowhere-99"), StorageTestData.Yangpyeong)));

        Assert.Equal(OutreachConsistency.SiteInDistrictRule, ex.Rule);
        Assert.Equal(0L, _db.Count("session_records"));
    }

    [Fact]
    public async Task AddRangeAsync_WhenOneRecordNamesAPartnerNotInTheRoster_StoresNoneOfTheBatch()
    {
        var repository = new SqliteSessionRecordRepository(_db.Database, Yangpyeong, BuiltInPartnerRosters.Yangpyeong);
        var good = Bare("rec-good", new SiteId("yp-yangpyeong-25"), StorageTestData.Yangpyeong, new PartnerId("yp-mental-health-centre"));
        var misspelt = Bare("rec-misspelt", new SiteId("yp-yangpyeong-25"), StorageTestData.Yangpyeong, new PartnerId("yp-mental-helth-centre"));

        var ex = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => repository.AddRangeAsync([good, misspelt]));

        Assert.Equal(OutreachConsistency.KnownPartnerRule, ex.Rule);
        Assert.Contains("did you mean 'yp-mental-health-centre'?", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0L, _db.Count("session_records"));
        Assert.Null(await repository.FindAsync(good.Id));
    }

    [Fact]
    public async Task UpdateAsync_WhenTheCorrectionMovesTheSiteOutOfItsDistrict_IsRefused_AndTheStoredVersionStays()
    {
        var repository = new SqliteSessionRecordRepository(_db.Database, Yangpyeong, BuiltInPartnerRosters.Yangpyeong);
        var record = Bare("rec-corrected", new SiteId("yp-yangpyeong-25"), StorageTestData.Yangpyeong);
        await repository.AddAsync(record);
        var corrected = record.Correct(record.Current with { District = StorageTestData.Gangsang }, "staff-lee", "wrong district", StorageTestData.Clock());

        var ex = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => repository.UpdateAsync(corrected, record.Version));

        Assert.Equal(OutreachConsistency.SiteInDistrictRule, ex.Rule);
        var stored = (await repository.FindAsync(record.Id))!;
        Assert.Equal(record.Version, stored.Version);
        Assert.Equal(StorageTestData.Yangpyeong, stored.Current.District);
        Assert.Equal(1L, _db.Count("session_record_revisions"));
    }

    [Fact]
    public async Task AddAsync_AConsistentRecord_IsStored()
    {
        var repository = new SqliteSessionRecordRepository(_db.Database, Yangpyeong, BuiltInPartnerRosters.Yangpyeong);
        var record = Bare("rec-consistent", new SiteId("yp-yangpyeong-25"), StorageTestData.Yangpyeong, new PartnerId("yp-mental-health-centre"));

        await repository.AddAsync(record);

        AggregateAssert.Same(record, await repository.FindAsync(record.Id));
    }
}
