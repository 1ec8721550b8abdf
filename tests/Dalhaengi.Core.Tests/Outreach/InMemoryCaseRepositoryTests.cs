using Dalhaengi.Core.Households;
using Dalhaengi.Core.Outreach;
using static Dalhaengi.Core.Tests.Outreach.OutreachTestData;

namespace Dalhaengi.Core.Tests.Outreach;

public sealed class InMemoryCaseRepositoryTests
{
    [Fact]
    public async Task List_FiltersByHouseholdAndOpenCases_AndUpdateChecksTheVersion()
    {
        var repository = new InMemoryCaseRepository();
        var clock = ClockOn(2024, 4, 1);
        var a = Case.Open(new CaseId("c-a"), new HouseholdId("hh-1"), Yangpyeong, "k", clock);
        var b = Case.Open(new CaseId("c-b"), new HouseholdId("hh-2"), Yangseo, "k", clock);
        await repository.AddRangeAsync([a, b]);

        await repository.UpdateAsync(a.AdvanceTo(CaseStage.Assessment, "k", clock), a.Version);

        Assert.Equal(["c-b"], (await repository.ListAsync(new CaseQuery { Household = new HouseholdId("hh-2") })).Select(c => c.Id.Value));
        Assert.Equal(2, (await repository.ListAsync(new CaseQuery { OpenOnly = true })).Count);
        Assert.Equal(CaseStage.Assessment, (await repository.FindAsync(a.Id))!.Stage);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => repository.UpdateAsync(a.AdvanceTo(CaseStage.Assessment, "k", clock), a.Version));
    }
}
