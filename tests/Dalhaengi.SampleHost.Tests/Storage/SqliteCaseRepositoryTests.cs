using Dalhaengi.Core.Households;
using Dalhaengi.Core.Outreach;
using Dalhaengi.SampleHost.Storage;

namespace Dalhaengi.SampleHost.Tests.Storage;

public sealed class SqliteCaseRepositoryTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task AddRangeAsync_ThenReopen_RoundTripsOpenAndClosedCases()
    {
        var (cases, services) = StorageTestData.Cases();
        await new SqliteReferralRepository(_db.Database).AddRangeAsync(services);
        await new SqliteCaseRepository(_db.Database).AddRangeAsync(cases);

        var reopened = new SqliteCaseRepository(_db.Reopen());
        foreach (var c in cases)
        {
            AggregateAssert.Same(c, await reopened.FindAsync(c.Id));
        }

        Assert.Equal(cases.Sum(c => c.Version), _db.Count("case_events"));
    }

    [Fact]
    public async Task AddAsync_AClosedCaseWhoseReferralsAreNotStored_IsRefusedAndWritesNothing()
    {
        var (cases, _) = StorageTestData.Cases();
        var repository = new SqliteCaseRepository(_db.Database);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => repository.AddRangeAsync(cases));

        Assert.Contains("case-closed", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0L, _db.Count("cases"));
        Assert.Equal(0L, _db.Count("case_events"));
    }

    [Fact]
    public async Task ListAsync_FiltersByHouseholdDistrictAndOpen()
    {
        var (cases, services) = StorageTestData.Cases();
        await new SqliteReferralRepository(_db.Database).AddRangeAsync(services);
        var repository = new SqliteCaseRepository(_db.Database);
        await repository.AddRangeAsync(cases);

        static string Ids(IReadOnlyList<Case> cs) => string.Join(" ", cs.Select(c => c.Id.Value));

        Assert.Equal("case-closed case-delivery case-intake", Ids(await repository.ListAsync()));
        Assert.Equal("case-delivery case-intake", Ids(await repository.ListAsync(new CaseQuery { OpenOnly = true })));
        Assert.Equal("case-delivery", Ids(await repository.ListAsync(new CaseQuery { District = StorageTestData.Gangsang })));
        Assert.Equal("case-closed", Ids(await repository.ListAsync(new CaseQuery { Household = new HouseholdId("hh-c") })));
    }

    [Fact]
    public async Task UpdateAsync_AdvancesTheStage_AndDetectsAConcurrentChange()
    {
        var (cases, _) = StorageTestData.Cases();
        var repository = new SqliteCaseRepository(_db.Database);
        var clock = StorageTestData.Clock(4, 20);
        var intake = cases[0];
        await repository.AddAsync(intake);

        var assessed = intake.AdvanceTo(CaseStage.Assessment, "staff-kim", clock, "초기 상담 완료");
        await repository.UpdateAsync(assessed, intake.Version);
        var ex = await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => repository.UpdateAsync(intake.AdvanceTo(CaseStage.Assessment, "staff-lee", clock), intake.Version));

        Assert.Equal(2, ex.ActualVersion);
        AggregateAssert.Same(assessed, await repository.FindAsync(intake.Id));
        Assert.Equal("case-intake", Assert.Single(await repository.ListAsync(new CaseQuery { Household = new HouseholdId("hh-a") })).Id.Value);
    }
}
