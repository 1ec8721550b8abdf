using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Risk;
using NodaTime;
using NodaTime.Testing;

namespace Dalhaengi.Core.Tests.Households;

public sealed class HouseholdTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2025, 6, 30, 1, 0));

    private static Household Make(string? name = null, string? phone = null, string? note = null, params HouseholdMember[] members) =>
        new(new HouseholdId("hh-1"), new DistrictCode("4183025000"), members.Length == 0 ? [new HouseholdMember(MemberRole.Head, 1950)] : members,
            contactName: name, contactPhone: phone, note: note);

    [Fact]
    public void ToString_MasksNameAndPhone()
    {
        var household = Make("김민수", "010-1234-5678");

        Assert.Equal("hh-1 4183025000 1 member 김*수 0**-****-5678", household.ToString());
        Assert.DoesNotContain("민", household.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("이수", "이*")]
    [InlineData("남궁민수", "남**수")]
    public void ToString_MasksNamesOfAnyLength(string name, string masked) =>
        Assert.Contains(masked, Make(name).ToString(), StringComparison.Ordinal);

    [Theory]
    [InlineData("900101-1234567")]
    [InlineData("주민번호 900101 - 2345678 확인")]
    public void Constructor_WhenFreeTextHoldsAnRrn_IsRejectedWithoutEchoingIt(string text)
    {
        var ex = Assert.Throws<ArgumentException>(() => Make(note: text));
        Assert.DoesNotContain("1234567", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Make(name: text));
        Assert.Throws<ArgumentException>(() => new CrisisSignal(new IndicatorCode("victim.crime"), 1, new LocalDate(2025, 1, 1), SignalSource.PartnerReport, text));
    }

    [Fact]
    public void Constructor_WhenPhoneHasLetters_IsRejected() =>
        Assert.Throws<ArgumentException>(() => Make(phone: "010-abcd-5678"));

    [Fact]
    public void Constructor_WithoutMembersOrWithTwoHeads_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => new Household(new HouseholdId("hh-1"), new DistrictCode("d"), []));
        Assert.Throws<ArgumentException>(() => Make(null, null, null, new(MemberRole.Head, 1950), new(MemberRole.Head, 1951)));
    }

    [Fact]
    public void RecordSignal_RaisesAnEventCarryingTheCallersInstant_OnlyForANewSignal()
    {
        var household = Make();
        var signal = new CrisisSignal(new IndicatorCode("utility.electricity.cutoff"), 1, new LocalDate(2025, 6, 1), SignalSource.NationalRound);

        Assert.True(household.RecordSignal(signal, Clock.GetCurrentInstant()));
        Assert.False(household.RecordSignal(signal, Clock.GetCurrentInstant()));

        var recorded = Assert.IsType<CrisisSignalRecorded>(Assert.Single(household.Events));
        Assert.Equal(new CrisisSignalRecorded(household.Id, signal, Clock.GetCurrentInstant()), recorded);
        Assert.Equal([signal], household.Signals);
        household.ClearEvents();
        Assert.Empty(household.Events);
    }

    [Fact]
    public void ChangeContactStatusAndRecordConsent_RaiseEventsOnlyOnARealChange()
    {
        var household = Make();
        var now = Clock.GetCurrentInstant();
        var consent = new Consent(ConsentLevel.Written, new LocalDate(2025, 6, 30));

        Assert.False(household.ChangeContactStatus(ContactStatus.Reachable, now));
        Assert.True(household.ChangeContactStatus(ContactStatus.Unreachable, now));
        Assert.True(household.RecordConsent(consent, now));
        Assert.False(household.RecordConsent(consent, now));

        Assert.Equal(
            [new ContactStatusChanged(household.Id, ContactStatus.Reachable, ContactStatus.Unreachable, now), new ConsentRecorded(household.Id, consent, now)],
            household.Events);
        Assert.True(household.Satisfies(HouseholdPredicate.Unreachable, new LocalDate(2025, 6, 30)));
    }

    [Fact]
    public void Consent_RequiresADateExactlyWhenGiven()
    {
        Assert.Throws<ArgumentException>(() => new Consent(ConsentLevel.Verbal, null));
        Assert.Throws<ArgumentException>(() => new Consent(ConsentLevel.None, new LocalDate(2025, 1, 1)));
        Assert.Equal("written 2025-03-05", new Consent(ConsentLevel.Written, new LocalDate(2025, 3, 5)).ToString());
    }

    [Fact]
    public void Satisfies_DerivesFactsFromMembers()
    {
        var asOf = new LocalDate(2025, 6, 30);
        var grandparents = Make(null, null, null, new(MemberRole.Head, 1950, hasChronicIllness: true), new(MemberRole.Grandchild, 2012, hasDisability: true));

        Assert.Equal(2, grandparents.Size);
        Assert.False(grandparents.LivesAlone);
        Assert.True(grandparents.Satisfies(HouseholdPredicate.GrandparentHeaded, asOf));
        Assert.True(grandparents.Satisfies(HouseholdPredicate.HasMemberAged65Plus, asOf));
        Assert.True(grandparents.Satisfies(HouseholdPredicate.HasChildUnder18, asOf));
        Assert.True(grandparents.Satisfies(HouseholdPredicate.HasDisabledMember, asOf));
        Assert.True(grandparents.Satisfies(HouseholdPredicate.HasChronicIllness, asOf));
        Assert.False(grandparents.Satisfies(HouseholdPredicate.SingleParentWithChildUnder18, asOf));
        Assert.False(grandparents.Satisfies(HouseholdPredicate.LivesAloneAged65Plus, asOf));
    }
}
