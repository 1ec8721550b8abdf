using Dalhaengi.Core.Outreach;
using NodaTime;
using static Dalhaengi.Core.Tests.Outreach.OutreachTestData;

namespace Dalhaengi.Core.Tests.Outreach;

public sealed class InMemorySessionRecordRepositoryTests
{
    [Fact]
    public async Task List_FiltersByDatesAndDistrict_OrderedByDate()
    {
        var repository = new InMemorySessionRecordRepository();
        var clock = ClockOn(2024, 12, 1);
        await repository.AddRangeAsync(
        [
            SessionRecord.Record(new SessionRecordId("b"), Held(new LocalDate(2024, 4, 3), 10, 1), "k", clock),
            SessionRecord.Record(new SessionRecordId("a"), Held(new LocalDate(2024, 3, 6), 10, 1, Yangseo), "k", clock),
            SessionRecord.Record(new SessionRecordId("c"), Held(new LocalDate(2025, 3, 5), 10, 1), "k", clock),
        ]);

        var in2024 = await repository.ListAsync(new SessionRecordQuery { Dates = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)) });
        var yangseo = await repository.ListAsync(new SessionRecordQuery { District = Yangseo });

        Assert.Equal(["a", "b"], in2024.Select(r => r.Id.Value));
        Assert.Equal(["a"], yangseo.Select(r => r.Id.Value));
    }

    [Fact]
    public async Task Update_StoresTheCorrection()
    {
        var repository = new InMemorySessionRecordRepository();
        var clock = ClockOn(2024, 3, 6);
        var record = SessionRecord.Record(new SessionRecordId("a"), Held(new LocalDate(2024, 3, 6), 10, 1), "k", clock);
        await repository.AddAsync(record);

        await repository.UpdateAsync(record.Correct(Held(new LocalDate(2024, 3, 6), 12, 1), "k", "recount", clock), record.Version);

        var stored = await repository.FindAsync(record.Id);
        Assert.Equal(12, stored!.Current.ResidentsServed);
        Assert.Equal(2, stored.Revisions.Count);
    }
}
