using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Outreach;
using Dalhaengi.SampleHost.Storage;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Dalhaengi.SampleHost.Tests.Storage;

public sealed partial class SqliteSessionRecordRepositoryTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task AddRangeAsync_ThenReopen_RoundTripsEveryRecordWithItsRevisions()
    {
        var records = StorageTestData.Sessions();
        await new SqliteSessionRecordRepository(_db.Database).AddRangeAsync(records);

        var reopened = new SqliteSessionRecordRepository(_db.Reopen());
        foreach (var record in records)
        {
            AggregateAssert.Same(record, await reopened.FindAsync(record.Id));
        }

        Assert.Equal(3L, _db.Count("session_records"));
        Assert.Equal(5L, _db.Count("session_record_revisions"));
        Assert.Null(await reopened.FindAsync(new SessionRecordId("rec-none")));
    }

    [Fact]
    public async Task ListAsync_FiltersByCurrentDateDistrictAndSite_OrderedByDateThenId()
    {
        var repository = new SqliteSessionRecordRepository(_db.Database);
        await repository.AddRangeAsync(StorageTestData.Sessions());

        var all = await repository.ListAsync();
        var march = await repository.ListAsync(new SessionRecordQuery { Dates = new DateInterval(new LocalDate(2024, 3, 1), new LocalDate(2024, 3, 10)) });
        var corrected = await repository.ListAsync(new SessionRecordQuery { Dates = new DateInterval(new LocalDate(2024, 3, 13), new LocalDate(2024, 3, 13)) });
        var gangsang = await repository.ListAsync(new SessionRecordQuery { District = StorageTestData.Gangsang });
        var site = await repository.ListAsync(new SessionRecordQuery { Site = new SiteId("yp-yangpyeong-25"), District = StorageTestData.Yangpyeong });

        Assert.Equal(["rec-2024-03-06", "rec-2024-04-03", "rec-2024-07-10"], all.Select(r => r.Id.Value));
        Assert.Empty(march); // the first record was corrected to 2024-03-13
        Assert.Equal("rec-2024-03-06", Assert.Single(corrected).Id.Value);
        Assert.Equal("rec-2024-04-03", Assert.Single(gangsang).Id.Value);
        Assert.Equal(["rec-2024-03-06", "rec-2024-07-10"], site.Select(r => r.Id.Value));
    }

    [Fact]
    public async Task AddRangeAsync_WhenTheLastOfTheBatchIsAlreadyStored_LeavesTheDatabaseUnchanged()
    {
        var repository = new SqliteSessionRecordRepository(_db.Database);
        var records = StorageTestData.Sessions();
        await repository.AddAsync(records[2]);

        var ex = await Assert.ThrowsAsync<DuplicateIdException>(() => repository.AddRangeAsync(records));

        Assert.Contains("rec-2024-07-10", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1L, _db.Count("session_records"));
        Assert.Equal(1L, _db.Count("session_record_revisions"));
    }

    [Fact]
    public async Task AddRangeAsync_WhenAnIdRepeatsInTheBatchOrIsCancelled_AddsNothing()
    {
        var repository = new SqliteSessionRecordRepository(_db.Database);
        var records = StorageTestData.Sessions();

        await Assert.ThrowsAsync<DuplicateIdException>(() => repository.AddRangeAsync([records[0], records[1], records[0]]));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => repository.AddRangeAsync(records, new CancellationToken(canceled: true)));
        await Assert.ThrowsAsync<ArgumentNullException>(() => repository.AddRangeAsync([records[0], null!]));

        Assert.Equal(0L, _db.Count("session_records"));
        Assert.Equal(0L, _db.Count("session_record_revisions"));
    }

    [Fact]
    public async Task UpdateAsync_AppendsTheCorrection_AndRefusesAStaleVersion()
    {
        var repository = new SqliteSessionRecordRepository(_db.Database);
        var clock = StorageTestData.Clock(5, 1);
        var original = StorageTestData.Sessions()[1];
        await repository.AddAsync(original);
        var first = original.Correct(original.Current with { ResidentsServed = 10 }, "staff-kim", "recount", clock);
        var stale = original.Correct(original.Current with { ResidentsServed = 99 }, "staff-lee", "other recount", clock);

        await repository.UpdateAsync(first, original.Version);
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => repository.UpdateAsync(stale, original.Version));

        Assert.Equal((1, 2), (conflict.ExpectedVersion, conflict.ActualVersion));
        AggregateAssert.Same(first, await repository.FindAsync(original.Id));
        Assert.Equal(2L, _db.Count("session_record_revisions"));
    }

    [Fact]
    public async Task UpdateAsync_UnknownRecordOrVersionNotAbove_Throws()
    {
        var repository = new SqliteSessionRecordRepository(_db.Database);
        var record = StorageTestData.Sessions()[0];

        await Assert.ThrowsAsync<KeyNotFoundException>(() => repository.UpdateAsync(record, 2));
        await Assert.ThrowsAsync<ArgumentException>(() => repository.UpdateAsync(record, 3));
    }

    [Fact]
    public async Task UpdateAsync_WithATrailThatRewritesStoredEntries_IsRefused()
    {
        var repository = new SqliteSessionRecordRepository(_db.Database);
        var clock = StorageTestData.Clock(5, 1);
        var stored = StorageTestData.Sessions()[1];
        await repository.AddAsync(stored);
        var impostor = SessionRecord.Record(stored.Id, stored.Current with { StaffCount = 3 }, "someone-else", clock);
        impostor = impostor.Correct(impostor.Current with { StaffCount = 4 }, "someone-else", "x", clock);

        await Assert.ThrowsAsync<InvalidOperationException>(() => repository.UpdateAsync(impostor, 1));

        AggregateAssert.Same(stored, await repository.FindAsync(stored.Id));
    }

    [Fact]
    public async Task AuditTrailRows_CannotBeRewrittenOrDeleted()
    {
        await new SqliteSessionRecordRepository(_db.Database).AddRangeAsync(StorageTestData.Sessions());
        using var c = _db.Database.Connect();
        using var update = c.CreateCommand();
        update.CommandText = "UPDATE session_record_revisions SET changed_by = 'mallory';";
        using var delete = c.CreateCommand();
        delete.CommandText = "DELETE FROM session_record_revisions;";

        Assert.Contains("append-only", Assert.Throws<SqliteException>(() => update.ExecuteNonQuery()).Message, StringComparison.Ordinal);
        Assert.Contains("append-only", Assert.Throws<SqliteException>(() => delete.ExecuteNonQuery()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAsync_WhileAnotherConnectionWrites_SeesOnlyWholeCommittedBatches()
    {
        const int Batches = 30;
        const int BatchSize = 4;
        var writer = new SqliteSessionRecordRepository(_db.Database);
        var baseRecord = StorageTestData.Sessions()[0];
        var clock = StorageTestData.Clock(6, 1);

        var write = Task.Run(async () =>
        {
            for (var b = 0; b < Batches; b++)
            {
                var batch = Enumerable.Range(0, BatchSize).Select(i => SessionRecord.Record(
                    new SessionRecordId($"rec-w{b:00}-{i}"), baseRecord.Current with { StaffCount = i }, "writer", clock)).ToList();
                await writer.AddRangeAsync(batch);
                var first = batch[0];
                await writer.UpdateAsync(first.Correct(first.Current with { StaffCount = 100 }, "writer", "fix", clock), 1);
            }
        });

        // Bounded readers: a fixed number of reads each, running while the writer commits.
        var reads = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            var reader = new SqliteSessionRecordRepository(_db.Database);
            var observed = new List<int>();
            for (var n = 0; n < 25; n++)
            {
                var seen = await reader.ListAsync();
                Assert.Equal(0, seen.Count % BatchSize);
                Assert.All(seen, r => Assert.Equal(r.Version, r.Revisions.Count));
                observed.Add(seen.Count);
            }

            return observed;
        })).ToList();

        await write;
        var counts = await Task.WhenAll(reads);

        Assert.All(counts, c => Assert.Equal(c.Order(), c)); // committed data never disappears
        Assert.Equal(Batches * BatchSize, (await writer.ListAsync()).Count);
        Assert.Equal("ok", _db.Database.IntegrityCheck());
    }

    [Fact]
    public async Task UpdateAsync_ManyWritersOnOneRecord_ExactlyOneWinsEachVersion()
    {
        const int Writers = 4;
        const int Attempts = 10;
        var original = StorageTestData.Sessions()[1];
        await new SqliteSessionRecordRepository(_db.Database).AddAsync(original);
        var clock = StorageTestData.Clock(6, 1);

        var results = await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            var repository = new SqliteSessionRecordRepository(_db.Database);
            var (won, lost) = (0, 0);
            for (var n = 0; n < Attempts; n++)
            {
                var read = (await repository.FindAsync(original.Id))!;
                var changed = read.Correct(read.Current with { StaffCount = read.Current.StaffCount + 1 }, $"writer-{w}", "count", clock);
                try
                {
                    await repository.UpdateAsync(changed, read.Version);
                    won++;
                }
                catch (ConcurrencyConflictException)
                {
                    lost++;
                }
            }

            return (won, lost);
        })));

        var stored = (await new SqliteSessionRecordRepository(_db.Database).FindAsync(original.Id))!;
        var wins = results.Sum(r => r.won);
        Assert.Equal(Writers * Attempts, wins + results.Sum(r => r.lost));
        Assert.Equal(1 + wins, stored.Version);
        Assert.Equal(wins, stored.Current.StaffCount); // no lost update: every win added one
        Assert.Equal(stored.Version, _db.Count("session_record_revisions"));
    }
}
