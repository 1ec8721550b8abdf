using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Outreach;
using Dalhaengi.Core.Partners;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Dalhaengi.Core.Tests.Outreach.OutreachTestData;

namespace Dalhaengi.Core.Tests.Outreach;

public sealed class SessionRecordTests
{
    private static readonly LocalDate Day = new(2024, 3, 6);

    [Fact]
    public void Record_AHeldSession_KeepsItsDetailsAndWhoRecordedItWhen()
    {
        var clock = ClockOn(2024, 3, 6);
        var details = Held(Day, 240, 35, services: 60) with
        {
            Households = [new HouseholdId("hh-1")],
            Screenings = [new SessionScreening(new HouseholdId("hh-1"), [new ObservedSignal("screening.bp.systolic", 182, Day)])],
        };

        var record = SessionRecord.Record(new SessionRecordId("rec-1"), details, "staff-kim", clock);

        Assert.Equal(1, record.Version);
        Assert.Equal(details, record.Current);
        Assert.Equal(60, record.Current.ServicesDelivered);
        Assert.Equal(35, record.Current.ItemsDistributed);
        Assert.Equal("staff-kim", record.Revisions[0].ChangedBy);
        Assert.Equal(clock.GetCurrentInstant(), record.Revisions[0].ChangedAt);
    }

    [Fact]
    public void Correct_KeepsWhatItReplacedWithWhoWhenWhyAndWhichFields()
    {
        var clock = ClockOn(2024, 3, 6);
        var record = SessionRecord.Record(new SessionRecordId("rec-1"), Held(Day, 240, 35), "staff-kim", clock);
        clock.AdvanceDays(2);

        var corrected = record.Correct(record.Current with { ResidentsServed = 251, Notes = "recounted" }, "staff-lee", "sign-in sheet recount", clock);

        Assert.Equal(2, corrected.Version);
        Assert.Equal(251, corrected.Current.ResidentsServed);
        Assert.Equal(240, corrected.Revisions[0].Details.ResidentsServed);
        Assert.Equal(["ResidentsServed", "Notes"], corrected.Revisions[1].ChangedFields);
        Assert.Equal("staff-lee", corrected.Revisions[1].ChangedBy);
        Assert.Equal("sign-in sheet recount", corrected.Revisions[1].Reason);
        Assert.Equal(clock.GetCurrentInstant(), corrected.Revisions[1].ChangedAt);
        Assert.Equal(240, record.Current.ResidentsServed);
    }

    [Fact]
    public void Correct_WithNoChange_ThrowsSessionCorrectionMustChangeSomething()
    {
        var clock = ClockOn(2024, 3, 6);
        var record = SessionRecord.Record(new SessionRecordId("rec-1"), Held(Day, 240, 35), "staff-kim", clock);

        var ex = Assert.Throws<BusinessRuleViolationException>(() => record.Correct(record.Current with { }, "staff-lee", "none", clock));

        Assert.Equal("SessionCorrectionMustChangeSomething", ex.Rule);
    }

    [Fact]
    public void Correct_AHeldSessionToCancelled_ClearsTheCountsOrFailsValidation()
    {
        var clock = ClockOn(2024, 3, 6);
        var record = SessionRecord.Record(new SessionRecordId("rec-1"), Held(Day, 240, 35), "staff-kim", clock);

        var ex = Assert.Throws<DalhaengiValidationException>(() =>
            record.Correct(record.Current with { Status = SessionStatus.Cancelled }, "staff-lee", "rained off", clock));
        var cancelled = record.Correct(SessionDetails.Cancelled(Day, record.Current.Site, record.Current.District, CancellationReason.Weather), "staff-lee", "rained off", clock);

        Assert.Contains(ex.Problems, p => p.Path == "CancellationReason");
        Assert.Contains(ex.Problems, p => p.Path == "Status");
        Assert.Equal(SessionStatus.Cancelled, cancelled.Current.Status);
        Assert.Equal(240, cancelled.Revisions[0].Details.ResidentsServed);
    }

    [Fact]
    public void Record_WithInconsistentDetails_ListsEveryProblem()
    {
        var details = Held(Day, 0, 0) with
        {
            ResidentsServed = -1,
            Households = [new HouseholdId("hh-1")],
            Services = [new ServiceDelivery(BpCheck, new PartnerId("absent"), 3)],
            CancellationReason = CancellationReason.HeatWave,
        };

        var ex = Assert.Throws<DalhaengiValidationException>(() => SessionRecord.Record(new SessionRecordId("rec-1"), details, "staff-kim", ClockOn(2024, 3, 6)));

        Assert.Equal(["ResidentsServed", "CancellationReason", "Households", "Services[0].Partner"], ex.Problems.Select(p => p.Path));
    }

    [Property]
    public bool ReplayingTheRevisions_RebuildsTheCurrentRecord(NonNegativeInt[] corrections)
    {
        var clock = ClockOn(2024, 3, 6);
        var record = SessionRecord.Record(new SessionRecordId("rec-1"), Held(Day, 100, 10), "staff-kim", clock);
        foreach (var residents in corrections.Select(c => c.Get % 500))
        {
            clock.AdvanceMinutes(7);
            if (residents != record.Current.ResidentsServed)
            {
                record = record.Correct(record.Current with { ResidentsServed = residents }, "staff-lee", "recount", clock);
            }
        }

        var replayed = SessionRecord.Replay(record.Id, record.Revisions);

        return replayed.Current == record.Current && replayed.Version == record.Version && replayed.Revisions.SequenceEqual(record.Revisions);
    }

    [Fact]
    public void Replay_WithRevisionsOutOfOrder_Throws()
    {
        var clock = ClockOn(2024, 3, 6);
        var record = SessionRecord.Record(new SessionRecordId("rec-1"), Held(Day, 100, 10), "staff-kim", clock)
            .Correct(Held(Day, 101, 10), "staff-lee", "recount", clock);

        Assert.Throws<ArgumentException>(() => SessionRecord.Replay(record.Id, record.Revisions.Reverse()));
    }

    [Fact]
    public void SessionDetails_CompareByContent()
    {
        var a = Held(Day, 10, 1) with { PartnersPresent = [Dementia, Welfare] };
        var b = Held(Day, 10, 1) with { PartnersPresent = new List<PartnerId> { Dementia, Welfare } };

        Assert.Equal(a, b);
        Assert.NotEqual(a, b with { District = new DistrictCode("other") });
    }
}
