using Dalhaengi.Core.Access;
using Dalhaengi.SampleHost.Storage;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Dalhaengi.SampleHost.Tests.Storage;

public sealed class SqliteAccessRecordRepositoryTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private static AccessRecordEntry Entry(string user, string subject, int minute, bool allowed = true) =>
        new(Instant.FromUtc(2024, 3, 6, 1, minute), user, AccessRole.PartnerStaff, AccessSubjectKind.HouseholdPersonalData, subject, AccessPurpose.ReferralHandling, allowed, allowed ? "granted" : "no-consent");

    [Fact]
    public async Task AppendAsync_EntriesSurviveAReopenInOrder()
    {
        var repository = new SqliteAccessRecordRepository(_db.Database);
        await repository.AppendAsync(Entry("staff.mh", "hh-1", 0));
        await repository.AppendAsync(Entry("staff.dm", "hh-1", 1, allowed: false));
        await repository.AppendAsync(new(Instant.FromUtc(2024, 3, 6, 2, 0), "privacy", AccessRole.PrivacyOfficer, AccessSubjectKind.AccessRecord, "access-record", null, false, "purpose-not-granted"));

        var again = await new SqliteAccessRecordRepository(_db.Reopen()).ListAsync();

        Assert.Equal([Entry("staff.mh", "hh-1", 0), Entry("staff.dm", "hh-1", 1, allowed: false)], again.Take(2));
        Assert.Null(again[2].Purpose);
        Assert.Equal(["staff.dm"], (await repository.ListAsync(new AccessRecordQuery { User = "staff.dm" })).Select(e => e.User));
        Assert.Equal(2, (await repository.ListAsync(new AccessRecordQuery { SubjectId = "hh-1" })).Count);
        Assert.Single(await repository.ListAsync(new AccessRecordQuery { From = Instant.FromUtc(2024, 3, 6, 1, 30) }));
    }

    [Fact]
    public async Task AccessRecord_RefusesUpdatesAndDeletes()
    {
        await new SqliteAccessRecordRepository(_db.Database).AppendAsync(Entry("staff.mh", "hh-1", 0));
        using var connection = _db.Database.Connect();
        using var command = connection.CreateCommand();

        command.CommandText = "UPDATE access_record SET allowed = 0;";
        Assert.Contains("append-only", Assert.Throws<SqliteException>(() => command.ExecuteNonQuery()).Message, StringComparison.Ordinal);
        command.CommandText = "DELETE FROM access_record;";
        Assert.Contains("append-only", Assert.Throws<SqliteException>(() => command.ExecuteNonQuery()).Message, StringComparison.Ordinal);
        Assert.Equal(1, _db.Count("access_record"));
    }
}
