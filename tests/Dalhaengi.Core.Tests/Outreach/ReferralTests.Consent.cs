using Dalhaengi.Core.Outreach;
using NodaTime;
using static Dalhaengi.Core.Tests.Outreach.OutreachTestData;

namespace Dalhaengi.Core.Tests.Outreach;

public sealed partial class ReferralTests
{
    [Fact]
    public void Open_SharingPersonalDataWithoutConsent_IsBlockedWithAClearReason()
    {
        var clock = ClockOn(2024, 3, 7);
        var subject = Subject(consent: ConsentRecord.None);

        var ex = Assert.Throws<BusinessRuleViolationException>(() => Referral.Open(new ReferralId("ref-1"), subject, MentalHealth, "staff-kim", clock));

        Assert.Equal("ReferralSharingPersonalDataNeedsConsent", ex.Rule);
        Assert.Contains("no consent on record", ex.Message, StringComparison.Ordinal);
        Assert.Contains("hh-1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_WithConsentGivenAfterTheReferralDay_IsBlocked()
    {
        var clock = ClockOn(2024, 3, 7);
        var subject = Subject(consent: ConsentRecord.Verbal(new LocalDate(2024, 3, 8)));

        var ex = Assert.Throws<BusinessRuleViolationException>(() => Referral.Open(new ReferralId("ref-1"), subject, MentalHealth, "staff-kim", clock));

        Assert.Equal("ReferralSharingPersonalDataNeedsConsent", ex.Rule);
        Assert.Contains("given after 2024-03-07", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ConsentKind.Verbal)]
    [InlineData(ConsentKind.Written)]
    public void Open_WithVerbalOrWrittenConsent_IsAllowed(ConsentKind kind)
    {
        var clock = ClockOn(2024, 3, 7);
        var subject = Subject(consent: ConsentRecord.Of(kind, new LocalDate(2024, 3, 7)));

        var referral = Referral.Open(new ReferralId("ref-1"), subject, MentalHealth, "staff-kim", clock);

        Assert.Equal(kind, referral.Subject.Consent.Kind);
    }

    [Fact]
    public void Open_WithoutPersonalData_NeedsNoConsent()
    {
        var clock = ClockOn(2024, 3, 7);
        var subject = Subject(consent: ConsentRecord.None) with { SharesPersonalData = false };

        var referral = Referral.Open(new ReferralId("ref-1"), subject, MentalHealth, "staff-kim", clock);

        Assert.Null(referral.Subject.ConsentBlockReason(new LocalDate(2024, 3, 7)));
    }

    [Fact]
    public void ConsentRecord_Of_RejectsAKindWithoutItsDate()
    {
        Assert.Throws<ArgumentException>(() => ConsentRecord.Of(ConsentKind.Written, null));
        Assert.Throws<ArgumentException>(() => ConsentRecord.Of(ConsentKind.None, new LocalDate(2024, 3, 7)));
    }

    [Fact]
    public void Open_WhenTheFindingIsAboutAnotherHousehold_ThrowsValidation()
    {
        var clock = ClockOn(2024, 3, 7);
        var subject = Subject() with { Household = new("hh-other") };

        var ex = Assert.Throws<DalhaengiValidationException>(() => Referral.Open(new ReferralId("ref-1"), subject, MentalHealth, "staff-kim", clock));

        Assert.Contains(ex.Problems, p => p.Path == "Finding");
    }
}
