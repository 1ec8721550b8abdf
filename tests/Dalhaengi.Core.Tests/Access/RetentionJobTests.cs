using Dalhaengi.Core.Access;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Outreach;
using NodaTime;
using static Dalhaengi.Core.Tests.Access.AccessTestData;
using static Dalhaengi.Core.Tests.Outreach.OutreachTestData;

namespace Dalhaengi.Core.Tests.Access;

public sealed class RetentionJobTests
{
    private static readonly RetentionPolicy OneYearFiveYears = RetentionPolicyJson.Parse("""
        { "$schema": "dalhaengi.retention/1", "id": "t", "version": "1",
          "rules": [ { "data": "household-contact", "action": "pseudonymize", "after": "P1Y" },
                     { "data": "household", "action": "delete", "after": "P5Y" } ] }
        """);

    private readonly InMemoryHouseholdRepository _households = new();
    private readonly InMemoryCaseRepository _cases = new();
    private readonly InMemoryAccessRecordRepository _record = new();

    private async Task<Case> ClosedCaseAsync(string id, string household, LocalDate closedOn)
    {
        var clock = ClockOn(closedOn.Year, closedOn.Month, closedOn.Day);
        var c = Case.Open(new CaseId(id), new HouseholdId(household), Yangpyeong, "k", clock);
        foreach (var stage in new[] { CaseStage.Assessment, CaseStage.CaseConference, CaseStage.Selection, CaseStage.ServicePlan, CaseStage.DeliveryAndMonitoring, CaseStage.Closure })
        {
            c = c.AdvanceTo(stage, "k", clock);
        }

        await _cases.AddAsync(c);
        return c;
    }

    private RetentionJob JobOn(int year, int month, int day) => JobOn(OneYearFiveYears, year, month, day);

    private RetentionJob JobOn(RetentionPolicy policy, int year, int month, int day) => new(policy, _households, _cases, _record, ClockOn(year, month, day));

    [Fact]
    public async Task RunAsync_ClearsContactDetailsOnlyOnceThePeriodHasRunOut()
    {
        await _households.AddRangeAsync([NewHousehold("hh-1"), NewHousehold("hh-2")]);
        await ClosedCaseAsync("case-1", "hh-1", new LocalDate(2024, 3, 6));
        await ClosedCaseAsync("case-2", "hh-2", new LocalDate(2024, 3, 7));

        var result = await JobOn(2025, 3, 6).RunAsync();

        Assert.Equal([new HouseholdId("hh-1")], result.Pseudonymized);
        var cleared = (await _households.FindAsync(new("hh-1")))!;
        Assert.Equal((null, null, null), (cleared.ContactName, cleared.ContactPhone, cleared.Note));
        Assert.Single(cleared.Members);
        Assert.Equal("김민수", (await _households.FindAsync(new("hh-2")))!.ContactName);
        Assert.Empty((await JobOn(2025, 3, 6).RunAsync()).Pseudonymized);
    }

    [Fact]
    public async Task RunAsync_AnOpenCaseKeepsTheHouseholdsData()
    {
        await _households.AddRangeAsync([NewHousehold("hh-1")]);
        await ClosedCaseAsync("case-1", "hh-1", new LocalDate(2020, 3, 6));
        await _cases.AddAsync(Case.Open(new CaseId("case-2"), new("hh-1"), Yangpyeong, "k", ClockOn(2024, 1, 2)));

        var result = await JobOn(2026, 1, 1).RunAsync();

        Assert.Empty(result.Pseudonymized);
        Assert.Empty(result.Deleted);
        Assert.NotNull(await _households.FindAsync(new("hh-1")));
        Assert.Empty(await _record.ListAsync());
    }

    [Fact]
    public async Task RunAsync_DeletesHouseholdsDueForDeletionAndLeavesTheOthers()
    {
        await _households.AddRangeAsync([NewHousehold("hh-1"), NewHousehold("hh-2"), NewHousehold("hh-3")]);
        await ClosedCaseAsync("case-1", "hh-1", new LocalDate(2020, 3, 6));
        await ClosedCaseAsync("case-2", "hh-2", new LocalDate(2020, 3, 7));

        var result = await JobOn(2025, 3, 6).RunAsync();

        Assert.Equal([new HouseholdId("hh-1")], result.Deleted);
        Assert.Equal([new HouseholdId("hh-2")], result.Pseudonymized);
        Assert.Null(await _households.FindAsync(new("hh-1")));
        Assert.Equal([new HouseholdId("hh-2"), new HouseholdId("hh-3")], await _households.ListIdsAsync());
        Assert.Equal("김민수", (await _households.FindAsync(new("hh-3")))!.ContactName);
        Assert.Single(await _cases.ListAsync(null), c => c.Household == new HouseholdId("hh-1"));
    }

    [Fact]
    public async Task RunAsync_WhenRunAgain_DoesNotReportOrRecordADeletionTwice()
    {
        await _households.AddRangeAsync([NewHousehold("hh-1")]);
        await ClosedCaseAsync("case-1", "hh-1", new LocalDate(2020, 3, 6));
        await JobOn(2025, 3, 6).RunAsync();

        var again = await JobOn(2025, 3, 7).RunAsync();

        Assert.Empty(again.Deleted);
        Assert.Empty(again.Pseudonymized);
        Assert.Single(await _record.ListAsync());
    }

    [Fact]
    public async Task RunAsync_RecordsEveryDeletionAndPseudonymizationInTheAccessRecord()
    {
        await _households.AddRangeAsync([NewHousehold("hh-1"), NewHousehold("hh-2"), NewHousehold("hh-3")]);
        await ClosedCaseAsync("case-1", "hh-1", new LocalDate(2020, 3, 6));
        await ClosedCaseAsync("case-2", "hh-2", new LocalDate(2024, 3, 6));
        var clock = ClockOn(2025, 3, 6);

        await new RetentionJob(OneYearFiveYears, _households, _cases, _record, clock).RunAsync();

        var entries = await _record.ListAsync();
        Assert.Equal(
            [("hh-1", "retention:t@1:delete"), ("hh-2", "retention:t@1:pseudonymize")],
            entries.Select(e => (e.SubjectId, e.Rule)));
        Assert.All(entries, e =>
        {
            Assert.Equal(clock.GetCurrentInstant(), e.At);
            Assert.Equal("retention-job", e.User);
            Assert.Equal(new AccessRole("retention-job"), e.Role);
            Assert.Equal(AccessSubjectKind.HouseholdPersonalData, e.Subject);
            Assert.Equal(new AccessPurpose("retention"), e.Purpose);
            Assert.True(e.Allowed);
        });
    }

    [Fact]
    public async Task RunAsync_APolicyWithoutADeleteRule_NeverDeletes()
    {
        var pseudonymizeOnly = RetentionPolicyJson.Parse("""
            { "$schema": "dalhaengi.retention/1", "id": "p", "version": "2",
              "rules": [ { "data": "household", "action": "pseudonymize", "after": "P1Y" } ] }
            """);
        await _households.AddRangeAsync([NewHousehold("hh-1")]);
        await ClosedCaseAsync("case-1", "hh-1", new LocalDate(2000, 3, 6));

        var result = await JobOn(pseudonymizeOnly, 2025, 3, 6).RunAsync();

        Assert.Empty(result.Deleted);
        Assert.Equal([new HouseholdId("hh-1")], result.Pseudonymized);
        var kept = (await _households.FindAsync(new("hh-1")))!;
        Assert.Equal((null, null, null), (kept.ContactName, kept.ContactPhone, kept.Note));
        Assert.Equal("retention:p@2:pseudonymize", Assert.Single(await _record.ListAsync()).Rule);
    }

    [Fact]
    public async Task RunAsync_WhenCancelled_Throws()
    {
        await _households.AddRangeAsync([NewHousehold("hh-1")]);
        await ClosedCaseAsync("case-1", "hh-1", new LocalDate(2020, 3, 6));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => JobOn(2025, 3, 6).RunAsync(new CancellationToken(canceled: true)));
        Assert.NotNull(await _households.FindAsync(new("hh-1")));
    }

    [Fact]
    public void Sample_IsMarkedAsSample()
    {
        Assert.True(RetentionPolicy.Sample.IsSample);
        Assert.Equal(2, RetentionPolicy.Sample.Rules.Count);
    }

    [Fact]
    public void Parse_BadPeriodAndUnknownAction_NameTheirPaths()
    {
        var ex = Assert.Throws<DalhaengiValidationException>(() => RetentionPolicyJson.Parse("""
            { "$schema": "dalhaengi.retention/1", "id": "t", "version": "1",
              "rules": [ { "data": "household", "action": "shred", "after": "PT5H" } ] }
            """));

        Assert.Equal(["$.rules[0].action", "$.rules[0].after"], ex.Problems.Select(p => p.Path));
    }
}
