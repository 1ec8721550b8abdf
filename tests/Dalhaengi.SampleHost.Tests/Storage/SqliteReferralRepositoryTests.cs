using Dalhaengi.Core.Households;
using Dalhaengi.Core.Outreach;
using Dalhaengi.SampleHost.Storage;

namespace Dalhaengi.SampleHost.Tests.Storage;

public sealed partial class SqliteReferralRepositoryTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task AddRangeAsync_ThenReopen_RoundTripsEveryStateSubjectAndTrail()
    {
        var referrals = StorageTestData.Referrals();
        await new SqliteReferralRepository(_db.Database).AddRangeAsync(referrals);

        var reopened = new SqliteReferralRepository(_db.Reopen());
        foreach (var referral in referrals)
        {
            AggregateAssert.Same(referral, await reopened.FindAsync(referral.Id));
        }

        Assert.Equal(
            [.. referrals.Select(r => r.Id.Value).Order(StringComparer.Ordinal)],
            (await reopened.ListAsync()).Select(r => r.Id.Value));
        Assert.Equal(referrals.Sum(r => r.Version), _db.Count("referral_transitions"));
    }

    [Fact]
    public async Task ListAsync_FiltersByCurrentPartnerDistrictHouseholdCaseAndOpen()
    {
        var repository = new SqliteReferralRepository(_db.Database);
        await repository.AddRangeAsync(StorageTestData.Referrals());

        static string Ids(IReadOnlyList<Referral> rs) => string.Join(" ", rs.Select(r => r.Id.Value));

        Assert.Equal("ref-case-service ref-re-referred", Ids(await repository.ListAsync(new ReferralQuery { Partner = StorageTestData.Welfare })));
        Assert.Equal("ref-case-service", Ids(await repository.ListAsync(new ReferralQuery { District = StorageTestData.Gangsang })));
        Assert.Equal("ref-case-service", Ids(await repository.ListAsync(new ReferralQuery { Household = new HouseholdId("hh-case") })));
        Assert.Equal("ref-case-service", Ids(await repository.ListAsync(new ReferralQuery { Case = new CaseId("case-1") })));
        Assert.Equal(
            "ref-accepted ref-in-service ref-re-referred ref-referred ref-rejected",
            Ids(await repository.ListAsync(new ReferralQuery { OpenOnly = true })));
    }

    [Fact]
    public async Task UpdateAsync_TwoStaffMoveTheSameVersion_TheSecondGetsAConflictAndNothingOfIt()
    {
        var repository = new SqliteReferralRepository(_db.Database);
        var clock = StorageTestData.Clock(3, 7);
        var referral = StorageTestData.Referrals()[0];
        await repository.AddAsync(referral);
        var readByKim = await repository.FindAsync(referral.Id);
        var readByLee = await repository.FindAsync(referral.Id);

        await repository.UpdateAsync(readByKim!.Accept("kim", clock), readByKim.Version);
        var ex = await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => repository.UpdateAsync(readByLee!.Reject("정원 초과", "lee", clock), readByLee.Version));

        Assert.Equal("referral ref-referred", ex.Entity);
        var stored = await repository.FindAsync(referral.Id);
        Assert.Equal(ReferralState.Accepted, stored!.State);
        Assert.Equal(2L, _db.Count("referral_transitions"));
    }

    [Fact]
    public async Task UpdateAsync_SeveralMovesAtOnce_AppendsEachAndUpdatesTheQueryColumns()
    {
        var repository = new SqliteReferralRepository(_db.Database);
        var clock = StorageTestData.Clock(3, 7);
        var referral = StorageTestData.Referrals()[1]; // accepted
        await repository.AddAsync(referral);

        var closed = referral.StartService("p", clock).Close(ReferralOutcome.Resolved, "p", clock, "완료");
        await repository.UpdateAsync(closed, referral.Version);

        AggregateAssert.Same(closed, await repository.FindAsync(referral.Id));
        Assert.Empty(await repository.ListAsync(new ReferralQuery { OpenOnly = true }));
    }

    [Fact]
    public async Task AddRangeAsync_FailingPartWay_LeavesTheDatabaseAsItWas()
    {
        var repository = new SqliteReferralRepository(_db.Database);
        var referrals = StorageTestData.Referrals();
        await repository.AddAsync(referrals[^1]);

        await Assert.ThrowsAsync<DuplicateIdException>(() => repository.AddRangeAsync(referrals));

        Assert.Equal(1L, _db.Count("referrals"));
        Assert.Equal(referrals[^1].Version, _db.Count("referral_transitions"));
    }
}
