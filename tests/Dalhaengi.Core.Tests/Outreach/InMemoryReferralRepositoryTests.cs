using Dalhaengi.Core.Outreach;
using static Dalhaengi.Core.Tests.Outreach.OutreachTestData;

namespace Dalhaengi.Core.Tests.Outreach;

public sealed class InMemoryReferralRepositoryTests
{
    private readonly InMemoryReferralRepository _repository = new();

    [Fact]
    public async Task AddThenFind_ReturnsTheReferral_AndListFilters()
    {
        var clock = ClockOn(2024, 3, 6);
        var a = NewReferral(clock, "ref-a", partner: Dementia);
        var b = NewReferral(clock, "ref-b", NewFinding("f-b", district: Yangseo, household: "hh-2"), Welfare).Accept("p", clock).Close(ReferralOutcome.Unreachable, "p", clock);
        await _repository.AddRangeAsync([b, a]);

        Assert.Same(a, await _repository.FindAsync(a.Id));
        Assert.Null(await _repository.FindAsync(new ReferralId("nope")));
        Assert.Equal(["ref-a", "ref-b"], (await _repository.ListAsync()).Select(r => r.Id.Value));
        Assert.Equal(["ref-a"], (await _repository.ListAsync(new ReferralQuery { OpenOnly = true })).Select(r => r.Id.Value));
        Assert.Equal(["ref-b"], (await _repository.ListAsync(new ReferralQuery { District = Yangseo })).Select(r => r.Id.Value));
        Assert.Equal(["ref-a"], (await _repository.ListAsync(new ReferralQuery { Partner = Dementia })).Select(r => r.Id.Value));
    }

    [Fact]
    public async Task Add_WithAnIdAlreadyStored_Throws()
    {
        var clock = ClockOn(2024, 3, 6);
        await _repository.AddAsync(NewReferral(clock));

        await Assert.ThrowsAsync<InvalidOperationException>(() => _repository.AddAsync(NewReferral(clock)));
    }

    [Fact]
    public async Task AddRange_WithADuplicate_AddsNothing()
    {
        var clock = ClockOn(2024, 3, 6);

        await Assert.ThrowsAsync<InvalidOperationException>(() => _repository.AddRangeAsync([NewReferral(clock, "ref-1"), NewReferral(clock, "ref-2"), NewReferral(clock, "ref-1")]));

        Assert.Empty(await _repository.ListAsync());
    }

    [Fact]
    public async Task Update_WithTheVersionRead_Stores_AndWithAStaleVersion_ThrowsConcurrencyConflict()
    {
        var clock = ClockOn(2024, 3, 6);
        var read = NewReferral(clock);
        await _repository.AddAsync(read);
        var accepted = read.Accept("p", clock);
        var rejected = read.Reject("full", "q", clock);

        await _repository.UpdateAsync(accepted, read.Version);
        var ex = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _repository.UpdateAsync(rejected, read.Version));

        Assert.Equal(ReferralState.Accepted, (await _repository.FindAsync(read.Id))!.State);
        Assert.Equal(1, ex.ExpectedVersion);
        Assert.Equal(2, ex.ActualVersion);
    }

    [Fact]
    public async Task Update_OfAnUnknownOrUnchangedReferral_Throws()
    {
        var clock = ClockOn(2024, 3, 6);
        var referral = NewReferral(clock);

        await Assert.ThrowsAsync<KeyNotFoundException>(() => _repository.UpdateAsync(referral.Accept("p", clock), 1));
        await Assert.ThrowsAsync<ArgumentException>(() => _repository.UpdateAsync(referral, 1));
    }

    [Fact]
    public async Task ConcurrentUpdates_FromTheSameVersion_LetExactlyOneWin()
    {
        var clock = ClockOn(2024, 3, 6);
        var read = NewReferral(clock);
        await _repository.AddAsync(read);

        var attempts = Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            try
            {
                await _repository.UpdateAsync(read.Accept("p", clock), read.Version);
                return true;
            }
            catch (ConcurrencyConflictException)
            {
                return false;
            }
        }));

        Assert.Equal(1, (await Task.WhenAll(attempts)).Count(won => won));
    }

    [Fact]
    public async Task List_WhenCancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _repository.ListAsync(null, cts.Token));
    }
}
