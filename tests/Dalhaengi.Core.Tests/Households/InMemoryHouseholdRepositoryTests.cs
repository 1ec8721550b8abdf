using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Risk;
using NodaTime;

namespace Dalhaengi.Core.Tests.Households;

public sealed class InMemoryHouseholdRepositoryTests
{
    private static readonly DistrictCode Yangpyeong = new("4183025000");
    private static readonly DistrictCode Gangsang = new("4183031000");
    private static readonly Instant At = Instant.FromUtc(2025, 3, 5, 1, 0);

    private readonly InMemoryHouseholdRepository _repository = new();

    private static Household NewHousehold(string id, DistrictCode? district = null) =>
        new(new HouseholdId(id), district ?? Yangpyeong, [new HouseholdMember(MemberRole.Head, 1948)], contactName: "김민수");

    [Fact]
    public async Task AddRangeThenFindAndList_ReturnsTheState_OrderedById_FilteredByDistrict()
    {
        await _repository.AddRangeAsync([NewHousehold("hh-2", Gangsang), NewHousehold("hh-1"), NewHousehold("hh-3")]);

        Assert.Equal("김민수", (await _repository.FindAsync(new HouseholdId("hh-1")))!.ContactName);
        Assert.Null(await _repository.FindAsync(new HouseholdId("hh-9")));
        Assert.Equal(["hh-1", "hh-2", "hh-3"], (await _repository.ListAsync()).Select(h => h.Id.Value));
        Assert.Equal(["hh-2"], (await _repository.ListAsync(Gangsang)).Select(h => h.Id.Value));
        Assert.Equal(3, await _repository.CountAsync());
        Assert.Equal(["hh-1", "hh-2", "hh-3"], (await _repository.ListIdsAsync()).Select(id => id.Value));
    }

    [Fact]
    public async Task AddRange_WithAnIdRepeatedOrAlreadyStored_ThrowsAndAddsNothing()
    {
        await _repository.AddRangeAsync([NewHousehold("hh-1")]);

        await Assert.ThrowsAsync<InvalidOperationException>(() => _repository.AddRangeAsync([NewHousehold("hh-2"), NewHousehold("hh-3"), NewHousehold("hh-2")]));
        await Assert.ThrowsAsync<InvalidOperationException>(() => _repository.AddRangeAsync([NewHousehold("hh-4"), NewHousehold("hh-1")]));

        Assert.Equal(["hh-1"], (await _repository.ListAsync()).Select(h => h.Id.Value));
    }

    [Fact]
    public async Task AddRange_WithANull_ThrowsArgumentNull()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => _repository.AddRangeAsync([NewHousehold("hh-1"), null!]));

        Assert.Equal(0, await _repository.CountAsync());
    }

    [Fact]
    public async Task Find_AfterTheAddedHouseholdChanged_ReturnsTheStateAsAdded_UntilUpdated()
    {
        var household = NewHousehold("hh-1");
        await _repository.AddRangeAsync([household]);
        var signal = new CrisisSignal(new IndicatorCode("utility.electricity.cutoff"), 1, new LocalDate(2025, 3, 4), SignalSource.NationalRound);
        household.RecordSignal(signal, At);
        household.RecordConsent(new Consent(ConsentLevel.Written, new LocalDate(2025, 3, 5)), At);

        var before = (await _repository.FindAsync(household.Id))!;
        await _repository.UpdateAsync(household);
        var after = (await _repository.FindAsync(household.Id))!;

        Assert.Empty(before.Signals);
        Assert.Equal(Consent.None, before.Consent);
        Assert.Equal([signal], after.Signals);
        Assert.Equal(ConsentLevel.Written, after.Consent.Level);
        Assert.Empty(after.Events);
    }

    [Fact]
    public async Task Update_WhenNotStored_ThrowsKeyNotFound()
    {
        await Assert.ThrowsAsync<KeyNotFoundException>(() => _repository.UpdateAsync(NewHousehold("hh-1")));
    }

    [Fact]
    public async Task AddRange_FromManyThreadsAtOnce_KeepsEveryHousehold()
    {
        await Task.WhenAll(Enumerable.Range(0, 8).Select(t => Task.Run(() =>
            _repository.AddRangeAsync(Enumerable.Range(0, 50).Select(i => NewHousehold($"hh-{t}-{i}"))))));

        Assert.Equal(400, await _repository.CountAsync());
    }

    [Fact]
    public async Task DeleteAsync_RemovesOnlyThatHousehold_AndIsFalseWhenNoneIsStored()
    {
        await _repository.AddRangeAsync([NewHousehold("hh-1"), NewHousehold("hh-2")]);

        Assert.True(await _repository.DeleteAsync(new HouseholdId("hh-1")));
        Assert.False(await _repository.DeleteAsync(new HouseholdId("hh-1")));
        Assert.False(await _repository.DeleteAsync(new HouseholdId("hh-9")));

        Assert.Null(await _repository.FindAsync(new HouseholdId("hh-1")));
        Assert.Equal(["hh-2"], (await _repository.ListIdsAsync()).Select(id => id.Value));
        Assert.Equal("김민수", (await _repository.FindAsync(new HouseholdId("hh-2")))!.ContactName);
        await _repository.AddRangeAsync([NewHousehold("hh-1")]);
        Assert.Equal(2, await _repository.CountAsync());
    }
}
