using Dalhaengi.Core.Geography;
using Dalhaengi.SampleHost.Outreach;
using Dalhaengi.SampleHost.Storage;

namespace Dalhaengi.SampleHost.Tests.Storage;

public sealed class SampleSeasonSeedTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task EnsureSeeded_StoresTheWholeSeasonOnce_AndEveryAggregateReadsBackExactly()
    {
        var yangpyeong = BuiltInMunicipalities.Yangpyeong;

        var seeded = SampleSeasonSeed.EnsureSeeded(_db.Database, yangpyeong);
        var again = SampleSeasonSeed.EnsureSeeded(_db.Reopen(), yangpyeong);

        Assert.True(seeded);
        Assert.False(again);
        var (sessions, referrals, cases) = SampleSeason.Generate(yangpyeong);
        var db = _db.Reopen();
        var storedSessions = await new SqliteSessionRecordRepository(db).ListAsync();
        var storedReferrals = await new SqliteReferralRepository(db).ListAsync();
        var storedCases = await new SqliteCaseRepository(db).ListAsync();
        Assert.Equal(sessions.Count, storedSessions.Count);
        Assert.Equal(referrals.Count, storedReferrals.Count);
        Assert.Equal(cases.Count, storedCases.Count);
        foreach (var s in sessions)
        {
            AggregateAssert.Same(s, storedSessions.Single(x => x.Id == s.Id));
        }

        foreach (var r in referrals)
        {
            AggregateAssert.Same(r, storedReferrals.Single(x => x.Id == r.Id));
        }

        foreach (var c in cases)
        {
            AggregateAssert.Same(c, storedCases.Single(x => x.Id == c.Id));
        }

        Assert.Equal(1L, _db.Count("store_metadata"));
    }
}
