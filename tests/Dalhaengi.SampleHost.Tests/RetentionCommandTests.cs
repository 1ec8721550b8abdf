using Dalhaengi.Core.Households;
using Dalhaengi.Core.Outreach;
using Dalhaengi.SampleHost.Storage;
using Dalhaengi.SampleHost.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Dalhaengi.SampleHost.Tests;

public sealed class RetentionCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dalhaengi-retention-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Db => Path.Combine(_dir, "dalhaengi.db");

    private HostRunner.Result Run(int year, int month, int day, params string[] args) =>
        HostRunner.Run(s => s.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(year, month, day, 1, 0))), [.. args, "--db", Db]);

    private static Case ClosedOn(string id, string household, LocalDate day)
    {
        var clock = new FakeClock(Instant.FromUtc(day.Year, day.Month, day.Day, 1, 0));
        var c = Case.Open(new CaseId(id), new HouseholdId(household), StorageTestData.Yangpyeong, "k", clock);
        foreach (var stage in new[] { CaseStage.Assessment, CaseStage.CaseConference, CaseStage.Selection, CaseStage.ServicePlan, CaseStage.DeliveryAndMonitoring, CaseStage.Closure })
        {
            c = c.AdvanceTo(stage, "k", clock);
        }

        return c;
    }

    private static Household WithContact(string id) => new(
        new HouseholdId(id), StorageTestData.Yangpyeong, [new HouseholdMember(MemberRole.Head, 1941)], contactName: "김민수", contactPhone: "010-1234-5678");

    [Fact]
    public async Task RetentionRun_DeletesAndPseudonymizesDueHouseholds_PrintsIds_AndRecordsEach()
    {
        // The first run creates and seeds the database; nothing of the sample season is a stored household.
        var first = Run(2025, 3, 6, "retention", "run");
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(["action,household"], first.Lines);

        var database = SqliteDatabase.Open(Db, OutreachSchema.Migrations);
        var households = new SqliteHouseholdRepository(database);
        await households.AddRangeAsync([WithContact("hh-t1"), WithContact("hh-t2"), WithContact("hh-t3")]);
        await new SqliteCaseRepository(database).AddRangeAsync([
            ClosedOn("case-t1", "hh-t1", new LocalDate(2019, 3, 6)),
            ClosedOn("case-t2", "hh-t2", new LocalDate(2024, 3, 6)),
        ]);

        var result = Run(2025, 3, 6, "retention", "run");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["action,household", "deleted,hh-t1", "pseudonymized,hh-t2"], result.Lines);
        Assert.Contains("1 deleted, 1 pseudonymized", result.Error, StringComparison.Ordinal);
        Assert.Contains("not legal retention periods", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("김민수", result.Out + result.Error, StringComparison.Ordinal);
        Assert.Null(await households.FindAsync(new("hh-t1")));
        Assert.Null((await households.FindAsync(new("hh-t2")))!.ContactName);
        Assert.Equal("김민수", (await households.FindAsync(new("hh-t3")))!.ContactName);
        Assert.Equal(
            ["hh-t1", "hh-t2"],
            (await new SqliteAccessRecordRepository(database).ListAsync()).Where(e => e.User == "retention-job").Select(e => e.SubjectId));
    }

    [Fact]
    public void Help_DoesNotListTheHiddenRetentionBranch()
    {
        Assert.DoesNotContain("retention", HostRunner.Run("--help").Out, StringComparison.Ordinal);
    }
}
