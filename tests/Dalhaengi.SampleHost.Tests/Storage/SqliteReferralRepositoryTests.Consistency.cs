using Dalhaengi.Core;
using Dalhaengi.Core.Outreach;
using Dalhaengi.Core.Partners;
using Dalhaengi.SampleHost.Storage;
using NodaTime;

namespace Dalhaengi.SampleHost.Tests.Storage;

/// <summary>The store refuses a referral to a partner the roster does not have, as the in-memory repository does, and writes nothing.</summary>
public sealed partial class SqliteReferralRepositoryTests
{
    private static readonly PartnerId MentalHealthCentre = new("yp-mental-health-centre");

    private static Referral Open(string id, PartnerId partner) =>
        Referral.Open(new ReferralId(id),
            ReferralSubject.ForFinding(StorageTestData.Finding($"fnd-{id}", new LocalDate(2024, 3, 6)), ConsentRecord.Written(new LocalDate(2024, 3, 6))),
            partner, "staff-kim", StorageTestData.Clock());

    [Fact]
    public async Task AddAsync_ToAPartnerNotInTheRoster_IsRefusedWithTheNearestId_AndNothingIsStored()
    {
        var repository = new SqliteReferralRepository(_db.Database, BuiltInPartnerRosters.Yangpyeong);

        var ex = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => repository.AddAsync(Open("ref-misspelt", new PartnerId("yp-mental-helth-centre"))));

        Assert.Equal(OutreachConsistency.KnownPartnerRule, ex.Rule);
        Assert.Contains("did you mean 'yp-mental-health-centre'?", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0L, _db.Count("referrals"));
        Assert.Equal(0L, _db.Count("referral_transitions"));
    }

    [Fact]
    public async Task AddRangeAsync_WhenTheLastReferralIsToAnUnknownPartner_StoresNoneOfTheBatch()
    {
        var repository = new SqliteReferralRepository(_db.Database, BuiltInPartnerRosters.Yangpyeong);
        var good = Open("ref-good", MentalHealthCentre);

        await Assert.ThrowsAsync<BusinessRuleViolationException>(() => repository.AddRangeAsync([good, Open("ref-unknown", new PartnerId("cc-mental-health-centre"))]));

        Assert.Equal(0L, _db.Count("referrals"));
        Assert.Null(await repository.FindAsync(good.Id));
    }

    [Fact]
    public async Task UpdateAsync_ReReferringToAnUnknownPartner_IsRefused_AndTheStoredVersionStays()
    {
        var repository = new SqliteReferralRepository(_db.Database, BuiltInPartnerRosters.Yangpyeong);
        var clock = StorageTestData.Clock();
        var rejected = Open("ref-re-referred", MentalHealthCentre).Reject("대상 아님", "partner-park", clock);
        await repository.AddAsync(rejected);
        var reReferred = rejected.ReRefer(new PartnerId("yp-nowhere"), "staff-kim", clock);

        var ex = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => repository.UpdateAsync(reReferred, rejected.Version));

        Assert.Equal(OutreachConsistency.KnownPartnerRule, ex.Rule);
        var stored = (await repository.FindAsync(rejected.Id))!;
        Assert.Equal(rejected.Version, stored.Version);
        Assert.Equal(MentalHealthCentre, stored.Partner);
        Assert.Equal(ReferralState.Rejected, stored.State);
    }

    [Fact]
    public async Task AddAsync_ToAPartnerInTheRoster_IsStored()
    {
        var repository = new SqliteReferralRepository(_db.Database, BuiltInPartnerRosters.Yangpyeong);
        var referral = Open("ref-known", MentalHealthCentre);

        await repository.AddAsync(referral);

        AggregateAssert.Same(referral, await repository.FindAsync(referral.Id));
    }
}
