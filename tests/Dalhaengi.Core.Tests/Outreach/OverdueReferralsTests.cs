using Dalhaengi.Core.Outreach;
using NodaTime;
using static Dalhaengi.Core.Tests.Outreach.OutreachTestData;

namespace Dalhaengi.Core.Tests.Outreach;

public sealed class OverdueReferralsTests
{
    [Fact]
    public void Find_OnTheDueDate_IsNotOverdue_TheNextDayIs()
    {
        var clock = ClockOn(2024, 3, 6);
        var referral = NewReferral(clock, finding: NewFinding(deadlineDays: 7));
        Assert.Equal(new LocalDate(2024, 3, 13), referral.DueDate);

        clock.AdvanceDays(7);
        var onDueDate = OverdueReferrals.Find([referral], clock);
        clock.AdvanceDays(1);
        var dayAfter = OverdueReferrals.Find([referral], clock);

        Assert.Empty(onDueDate.Items);
        var item = Assert.Single(dayAfter.Items);
        Assert.Equal(1, item.DaysOverdue);
        Assert.Equal(new LocalDate(2024, 3, 14), dayAfter.AsOf);
    }

    [Fact]
    public void Find_UsesTheDayInKoreaNotUtc()
    {
        var referral = NewReferral(ClockOn(2024, 3, 6), finding: NewFinding(deadlineDays: 7));

        // 2024-03-13T15:30Z is already 2024-03-14 00:30 in Seoul.
        var result = OverdueReferrals.Find([referral], new NodaTime.Testing.FakeClock(Instant.FromUtc(2024, 3, 13, 15, 30)));

        Assert.Single(result.Items);
    }

    [Fact]
    public void Find_IgnoresClosedReferrals_AndCountsRejectedOnes()
    {
        var clock = ClockOn(2024, 3, 6);
        var closed = NewReferral(clock, "ref-1").Accept("p", clock).Close(ReferralOutcome.Unreachable, "p", clock);
        var rejected = NewReferral(clock, "ref-2").Reject("full", "p", clock);

        var result = OverdueReferrals.Find([closed, rejected], new LocalDate(2024, 4, 1));

        Assert.Equal("ref-2", Assert.Single(result.Items).Referral.Id.Value);
    }

    [Fact]
    public void Find_GroupsByPartnerAndDistrict()
    {
        var clock = ClockOn(2024, 3, 6);
        var a = NewReferral(clock, "ref-a", NewFinding("f-a", deadlineDays: 3), Dementia);
        var b = NewReferral(clock, "ref-b", NewFinding("f-b", deadlineDays: 1, district: Yangseo, household: "hh-2"), Dementia);
        var c = NewReferral(clock, "ref-c", NewFinding("f-c", deadlineDays: 2), Welfare);

        var result = OverdueReferrals.Find([a, b, c], new LocalDate(2024, 3, 20));

        Assert.Equal(["ref-b", "ref-c", "ref-a"], result.Items.Select(i => i.Referral.Id.Value));
        Assert.Equal(2, result.ByPartner[Dementia].Count);
        Assert.Single(result.ByPartner[Welfare]);
        Assert.Equal(2, result.ByDistrict[Yangpyeong].Count);
        Assert.Equal("ref-b", Assert.Single(result.ByDistrict[Yangseo]).Referral.Id.Value);
    }
}
