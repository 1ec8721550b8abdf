using Dalhaengi.Core.Access;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Outreach;
using Dalhaengi.SampleHost.Storage;
using NodaTime;
using NodaTime.Testing;

namespace Dalhaengi.SampleHost.Tests.Storage;

/// <summary>The retention job over the SQLite store: what it reports is what is in the file afterwards.</summary>
public sealed class SqliteRetentionTests : IDisposable
{
    private static readonly RetentionPolicy OneYearFiveYears = RetentionPolicyJson.Parse("""
        { "$schema": "dalhaengi.retention/1", "id": "t", "version": "1",
          "rules": [ { "data": "household-contact", "action": "pseudonymize", "after": "P1Y" },
                     { "data": "household", "action": "delete", "after": "P5Y" } ] }
        """);

    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    // 10:00 in Korea on that day.
    private static FakeClock On(int year, int month, int day) => new(Instant.FromUtc(year, month, day, 1, 0));

    private static Household WithContact(string id) => new(
        new HouseholdId(id), StorageTestData.Yangpyeong, [new HouseholdMember(MemberRole.Head, 1941)],
        contactName: "김민수", contactPhone: "010-1234-5678", note: "난방 고장");

    private static Case ClosedOn(string id, string household, LocalDate day)
    {
        var clock = On(day.Year, day.Month, day.Day);
        var c = Case.Open(new CaseId(id), new HouseholdId(household), StorageTestData.Yangpyeong, "k", clock);
        foreach (var stage in new[] { CaseStage.Assessment, CaseStage.CaseConference, CaseStage.Selection, CaseStage.ServicePlan, CaseStage.DeliveryAndMonitoring, CaseStage.Closure })
        {
            c = c.AdvanceTo(stage, "k", clock);
        }

        return c;
    }

    private (string? Name, string? Phone, string? Note)? Row(string id)
    {
        using var c = _db.Database.Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT contact_name, contact_phone, note FROM households WHERE id = $id;";
        cmd.Parameters.AddWithValue("$id", id);
        using var r = cmd.ExecuteReader();
        return r.Read() ? (r.IsDBNull(0) ? null : r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2)) : null;
    }

    [Fact]
    public async Task DeleteAsync_RemovesTheRow_AndIsFalseWhenNoneIsStored()
    {
        var households = new SqliteHouseholdRepository(_db.Database);
        await households.AddRangeAsync([WithContact("hh-1"), WithContact("hh-2")]);

        Assert.True(await households.DeleteAsync(new HouseholdId("hh-1")));
        Assert.False(await households.DeleteAsync(new HouseholdId("hh-1")));
        Assert.False(await households.DeleteAsync(new HouseholdId("hh-9")));

        Assert.Null(Row("hh-1"));
        Assert.Equal(1, _db.Count("households"));
        Assert.Equal(["hh-2"], (await new SqliteHouseholdRepository(_db.Reopen()).ListIdsAsync()).Select(id => id.Value));
    }

    [Fact]
    public async Task RetentionJob_DeletesAndPseudonymizesRows_RecordsEach_AndLeavesOtherHouseholdsUntouched()
    {
        var households = new SqliteHouseholdRepository(_db.Database);
        var cases = new SqliteCaseRepository(_db.Database);
        var record = new SqliteAccessRecordRepository(_db.Database);
        await households.AddRangeAsync([WithContact("hh-1"), WithContact("hh-2"), WithContact("hh-3"), WithContact("hh-4")]);
        await cases.AddRangeAsync([
            ClosedOn("case-1", "hh-1", new LocalDate(2020, 3, 6)),
            ClosedOn("case-2", "hh-2", new LocalDate(2024, 3, 6)),
            ClosedOn("case-3", "hh-3", new LocalDate(2024, 3, 7)),
        ]);
        var job = new RetentionJob(OneYearFiveYears, households, cases, record, On(2025, 3, 6));

        var result = await job.RunAsync();

        Assert.Equal([new HouseholdId("hh-1")], result.Deleted);
        Assert.Equal([new HouseholdId("hh-2")], result.Pseudonymized);
        Assert.Null(Row("hh-1"));
        Assert.Equal((null, null, null), Row("hh-2"));
        Assert.Equal(("김민수", "010-1234-5678", "난방 고장"), Row("hh-3"));
        Assert.Equal(("김민수", "010-1234-5678", "난방 고장"), Row("hh-4"));
        Assert.Equal(3, _db.Count("cases"));
        Assert.Equal(
            [("hh-1", "retention:t@1:delete"), ("hh-2", "retention:t@1:pseudonymize")],
            (await record.ListAsync()).Select(e => (e.SubjectId, e.Rule)));

        var again = await job.RunAsync();

        Assert.Empty(again.Deleted);
        Assert.Empty(again.Pseudonymized);
        Assert.Equal(2, (await record.ListAsync()).Count);
    }
}
