using Dalhaengi.Core.Households;
using Dalhaengi.Core.Outreach;
using NodaTime;
using NodaTime.Testing;
using static Dalhaengi.Core.Tests.Outreach.OutreachTestData;

namespace Dalhaengi.Core.Tests.Outreach;

public sealed class CaseTests
{
    private static Case Open(FakeClock clock) => Case.Open(new CaseId("case-1"), new HouseholdId("hh-1"), Yangpyeong, "staff-kim", clock);

    private static Case AtStage(CaseStage stage, FakeClock clock)
    {
        var c = Open(clock);
        for (var s = CaseStage.Assessment; s <= stage; s++)
        {
            clock.AdvanceDays(1);
            c = c.AdvanceTo(s, "staff-kim", clock);
        }

        return c;
    }

    [Fact]
    public void AdvanceTo_GoesThroughEveryStageInOrder()
    {
        var clock = ClockOn(2024, 4, 1);

        var c = AtStage(CaseStage.FollowUp, clock);

        Assert.Equal(CaseStage.FollowUp, c.Stage);
        Assert.Equal(new LocalDate(2024, 4, 1), c.OpenedOn);
        Assert.Equal(new LocalDate(2024, 4, 7), c.ClosedOn);
        Assert.Equal(8, c.Version);
        Assert.All(c.History, e => Assert.Equal("staff-kim", e.By));
    }

    [Theory]
    [InlineData(CaseStage.CaseConference)]
    [InlineData(CaseStage.Intake)]
    [InlineData(CaseStage.ServicePlan)]
    public void AdvanceTo_SkippingOrGoingBack_ThrowsCaseStagesAdvanceInOrder(CaseStage target)
    {
        var clock = ClockOn(2024, 4, 1);

        var ex = Assert.Throws<BusinessRuleViolationException>(() => Open(clock).AdvanceTo(target, "staff-kim", clock));

        Assert.Equal("CaseStagesAdvanceInOrder", ex.Rule);
    }

    [Fact]
    public void Deadlines_ByDefault_AreTenDaysToAssessmentFiveToSelectionAndThirtyToPlan()
    {
        var clock = ClockOn(2024, 4, 1);
        var c = Open(clock);
        clock.AdvanceDays(8);
        c = c.AdvanceTo(CaseStage.Assessment, "k", clock);
        clock.AdvanceDays(10);
        c = c.AdvanceTo(CaseStage.CaseConference, "k", clock);

        var deadlines = c.Deadlines();

        Assert.Equal(new CaseDeadline(CaseMilestone.Assessment, new LocalDate(2024, 4, 11), new LocalDate(2024, 4, 9)), deadlines[0]);
        Assert.Equal(new CaseDeadline(CaseMilestone.Selection, new LocalDate(2024, 4, 24), null), deadlines[1]);
        Assert.Equal(new CaseDeadline(CaseMilestone.ServicePlan, new LocalDate(2024, 5, 1), null), deadlines[2]);
    }

    [Fact]
    public void OverdueToday_OnTheDueDateIsEmpty_TheNextDayListsTheMilestone()
    {
        var clock = ClockOn(2024, 4, 1);
        var c = Open(clock);

        clock.AdvanceDays(10);
        var onDueDate = c.OverdueToday(clock);
        clock.AdvanceDays(1);
        var dayAfter = c.OverdueToday(clock);

        Assert.Empty(onDueDate);
        Assert.Equal(CaseMilestone.Assessment, Assert.Single(dayAfter).Milestone);
    }

    [Fact]
    public void Deadlines_AreConfigurable_AndThePlanUsesTheEarlierOfIntakeAndSelection()
    {
        var clock = ClockOn(2024, 4, 1);
        var c = AtStage(CaseStage.Selection, clock);
        var local = CaseDeadlines.Default with { IntakeToPlan = Period.FromDays(60), SelectionToPlan = Period.FromDays(3) };

        var plan = c.Deadlines(local).Single(d => d.Milestone == CaseMilestone.ServicePlan);

        Assert.Equal(new LocalDate(2024, 4, 7), plan.DueOn);
    }

    [Fact]
    public void Deadlines_WithInvalidTiming_ThrowValidation()
    {
        var c = Open(ClockOn(2024, 4, 1));

        Assert.Throws<DalhaengiValidationException>(() => c.Deadlines(CaseDeadlines.Default with { MonitoringInterval = Period.Zero }));
    }

    [Fact]
    public void Monitoring_IsDueAnIntervalAfterTheLastCheck()
    {
        var clock = ClockOn(2024, 4, 1);
        var c = AtStage(CaseStage.DeliveryAndMonitoring, clock);
        clock.AdvanceDays(20);
        c = c.RecordMonitoring("k", clock, "visited");

        var monitoring = c.Deadlines().Single(d => d.Milestone == CaseMilestone.Monitoring);

        Assert.Equal(new LocalDate(2024, 4, 26), Assert.Single(c.MonitoringDates));
        Assert.Equal(new LocalDate(2024, 5, 26), monitoring.DueOn);
    }

    [Fact]
    public void RecordMonitoring_BeforeDelivery_ThrowsMonitoringHappensDuringDelivery()
    {
        var clock = ClockOn(2024, 4, 1);

        var ex = Assert.Throws<BusinessRuleViolationException>(() => Open(clock).RecordMonitoring("k", clock));

        Assert.Equal("MonitoringHappensDuringDelivery", ex.Rule);
    }

    [Fact]
    public void Close_WithAnOpenReferral_ThrowsCaseClosureNeedsEveryReferralClosed_AndSucceedsOnceClosed()
    {
        var clock = ClockOn(2024, 4, 1);
        var c = AtStage(CaseStage.ServicePlan, clock);
        var subject = new ReferralSubject
        {
            Household = c.Household,
            District = c.District,
            ResponseDeadline = Period.FromDays(14),
            Case = c.Id,
            Consent = ConsentRecord.Written(new LocalDate(2024, 4, 1)),
        };
        var referral = Referral.Open(new ReferralId("ref-c1"), subject, Welfare, "k", clock).Accept("p", clock).StartService("p", clock);
        c = c.AddService(referral.Id, "k", clock).AdvanceTo(CaseStage.DeliveryAndMonitoring, "k", clock);

        var open = Assert.Throws<BusinessRuleViolationException>(() => c.Close([referral], "k", clock));
        var missing = Assert.Throws<BusinessRuleViolationException>(() => c.Close([], "k", clock));
        var closed = c.Close([referral.Close(ReferralOutcome.Resolved, "p", clock)], "k", clock);

        Assert.Equal("CaseClosureNeedsEveryReferralClosed", open.Rule);
        Assert.Equal("CaseClosureNeedsEveryReferralClosed", missing.Rule);
        Assert.Contains("ref-c1", open.Message, StringComparison.Ordinal);
        Assert.Equal(CaseStage.Closure, closed.Stage);
        Assert.Equal([referral.Id], closed.Services);
        Assert.Equal(new LocalDate(2024, 4, 5).PlusDays(90), closed.Deadlines().Single(d => d.Milestone == CaseMilestone.FollowUp).DueOn);
    }

    [Fact]
    public void AddService_OutsidePlanOrDelivery_ThrowsCaseServicesComeFromThePlan()
    {
        var clock = ClockOn(2024, 4, 1);

        var ex = Assert.Throws<BusinessRuleViolationException>(() => Open(clock).AddService(new ReferralId("ref-1"), "k", clock));

        Assert.Equal("CaseServicesComeFromThePlan", ex.Rule);
    }

    [Fact]
    public void Replay_RebuildsTheCase()
    {
        var clock = ClockOn(2024, 4, 1);
        var c = AtStage(CaseStage.DeliveryAndMonitoring, clock).RecordMonitoring("k", clock);

        var replayed = Case.Replay(c.Id, c.Household, c.District, c.History);

        Assert.Equal(c.Stage, replayed.Stage);
        Assert.Equal(c.MonitoringDates, replayed.MonitoringDates);
        Assert.Equal(c.History, replayed.History);
        Assert.Equal(c.Deadlines(), replayed.Deadlines());
    }
}
