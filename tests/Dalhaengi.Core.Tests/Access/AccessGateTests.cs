using Dalhaengi.Core.Access;
using Dalhaengi.Core.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using static Dalhaengi.Core.Tests.Access.AccessTestData;
using static Dalhaengi.Core.Tests.Outreach.OutreachTestData;

namespace Dalhaengi.Core.Tests.Access;

public sealed class AccessGateTests
{
    private readonly InMemoryAccessRecordRepository _record = new();
    private readonly AccessGate _gate;

    public AccessGateTests() => _gate = new AccessGate(AccessPolicy.Default, _record, ClockOn(2024, 3, 6));

    [Fact]
    public async Task RevealAsync_WhenAllowed_ShowsTheDataAndRecordsOneEntry()
    {
        var view = await _gate.RevealAsync(MentalHealthStaff, AccessPurpose.ReferralHandling, NewHousehold(), [ConsentedReferral(MentalHealth)]);

        Assert.True(view.IsRevealed);
        Assert.Equal(("김민수", "010-1234-5678", "난방 고장"), (view.ContactName, view.ContactPhone, view.Note));
        var entry = Assert.Single(await _record.ListAsync());
        Assert.Equal(("staff.mh", AccessSubjectKind.HouseholdPersonalData, "hh-1", AccessPurpose.ReferralHandling, true), (entry.User, entry.Subject, entry.SubjectId, entry.Purpose, entry.Allowed));
        Assert.Equal(Instant.FromUtc(2024, 3, 6, 1, 0), entry.At);
    }

    [Fact]
    public async Task RevealAsync_WhenDenied_StaysMaskedAndRecordsTheDenial()
    {
        var view = await _gate.RevealAsync(DementiaStaff, AccessPurpose.ReferralHandling, NewHousehold(), [ConsentedReferral(MentalHealth)]);

        Assert.False(view.IsRevealed);
        Assert.Equal(("김*수", "0**-****-5678", null), (view.ContactName, view.ContactPhone, view.Note));
        Assert.Equal("not-addressed-to-partner", view.Decision!.Rule);
        var entry = Assert.Single(await _record.ListAsync());
        Assert.False(entry.Allowed);
        Assert.Equal("not-addressed-to-partner", entry.Rule);
    }

    [Fact]
    public async Task CheckAsync_RecordsPersonalDataAndAccessRecordReadsOnly()
    {
        await _gate.CheckAsync(Coordinator, null, AccessTarget.Aggregates("season-2024"));
        await _gate.CheckAsync(Coordinator, null, AccessTarget.ForReferral(ConsentedReferral(MentalHealth)));
        await _gate.CheckAsync(PrivacyOfficer, AccessPurpose.Audit, AccessTarget.AccessRecord());
        await _gate.CheckAsync(Coordinator, AccessPurpose.CaseWork, HouseholdTarget(NewHousehold()));

        Assert.Equal([AccessSubjectKind.AccessRecord, AccessSubjectKind.HouseholdPersonalData], (await _record.ListAsync()).Select(e => e.Subject));
    }

    [Fact]
    public void Peek_RefusesReadsThatMustBeRecorded()
    {
        Assert.Equal("must-be-recorded", _gate.Peek(Coordinator, HouseholdTarget(NewHousehold())).Rule);
        Assert.True(_gate.Peek(Coordinator, AccessTarget.Aggregates("x")).Allowed);
    }

    [Fact]
    public void AddDalhaengi_RegistersTheGateWithTheDefaultsAndKeepsAHostsRecord()
    {
        var own = new InMemoryAccessRecordRepository();
        using var provider = new ServiceCollection().AddSingleton<IAccessRecordRepository>(own).AddDalhaengi().BuildServiceProvider();

        Assert.Same(AccessPolicy.Default, provider.GetRequiredService<AccessPolicy>());
        Assert.Same(own, provider.GetRequiredService<IAccessRecordRepository>());
        Assert.NotNull(provider.GetRequiredService<AccessGate>());
        Assert.NotNull(provider.GetRequiredService<RetentionJob>());
    }

    [Fact]
    public async Task AccessRecordQuery_FiltersByUserSubjectAndTime()
    {
        await _gate.CheckAsync(Coordinator, AccessPurpose.CaseWork, HouseholdTarget(NewHousehold()));
        await _gate.CheckAsync(MentalHealthStaff, AccessPurpose.ReferralHandling, HouseholdTarget(NewHousehold("hh-2")));

        Assert.Equal(["hh-2"], (await _record.ListAsync(new AccessRecordQuery { User = "staff.mh" })).Select(e => e.SubjectId));
        Assert.Equal(["coord"], (await _record.ListAsync(new AccessRecordQuery { SubjectId = "hh-1" })).Select(e => e.User));
        Assert.Empty(await _record.ListAsync(new AccessRecordQuery { From = Instant.FromUtc(2024, 3, 7, 0, 0) }));
    }
}
