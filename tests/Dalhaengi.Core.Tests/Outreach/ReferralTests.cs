using Dalhaengi.Core.Outreach;
using NodaTime;
using static Dalhaengi.Core.Tests.Outreach.OutreachTestData;

namespace Dalhaengi.Core.Tests.Outreach;

public sealed partial class ReferralTests
{
    public static TheoryData<ReferralState, ReferralState> LegalMoves => new()
    {
        { ReferralState.Referred, ReferralState.Accepted },
        { ReferralState.Referred, ReferralState.Rejected },
        { ReferralState.Accepted, ReferralState.InService },
        { ReferralState.Accepted, ReferralState.Closed },
        { ReferralState.InService, ReferralState.Closed },
        { ReferralState.Rejected, ReferralState.Referred },
        { ReferralState.Rejected, ReferralState.Closed },
    };

    public static TheoryData<ReferralState, ReferralState> IllegalMoves
    {
        get
        {
            var legal = LegalMoves.Select(row => ((ReferralState)row[0], (ReferralState)row[1])).ToHashSet();
            var data = new TheoryData<ReferralState, ReferralState>();
            foreach (var from in Enum.GetValues<ReferralState>())
            {
                foreach (var to in Enum.GetValues<ReferralState>())
                {
                    if (!legal.Contains((from, to)))
                    {
                        data.Add(from, to);
                    }
                }
            }

            return data;
        }
    }

    [Fact]
    public void Open_WithWrittenConsent_IsReferredWithDueDateFromTheFinding()
    {
        var clock = ClockOn(2024, 3, 7);

        var referral = NewReferral(clock, finding: NewFinding(foundOn: new LocalDate(2024, 3, 6), deadlineDays: 7));

        Assert.Equal(ReferralState.Referred, referral.State);
        Assert.Equal(new LocalDate(2024, 3, 7), referral.ReferredOn);
        Assert.Equal(new LocalDate(2024, 3, 13), referral.DueDate);
        Assert.Equal(MentalHealth, referral.Partner);
        Assert.Single(referral.History);
        Assert.Equal("staff-kim", referral.History[0].By);
        Assert.Equal(clock.GetCurrentInstant(), referral.History[0].At);
    }

    [Theory]
    [MemberData(nameof(LegalMoves))]
    public void Move_WhenLegal_ReachesTheTargetAndRecordsWhoAndWhen(ReferralState from, ReferralState to)
    {
        var clock = ClockOn(2024, 3, 7);
        var referral = InState(from, clock);
        clock.AdvanceHours(2);

        var moved = MoveTo(referral, to, clock);

        Assert.Equal(to, moved.State);
        Assert.Equal(referral.Version + 1, moved.Version);
        Assert.Equal("staff-lee", moved.History[^1].By);
        Assert.Equal(clock.GetCurrentInstant(), moved.History[^1].At);
        Assert.Equal(from, referral.State);
    }

    [Theory]
    [MemberData(nameof(IllegalMoves))]
    public void Move_WhenIllegal_ThrowsNamingTheRule(ReferralState from, ReferralState to)
    {
        var clock = ClockOn(2024, 3, 7);
        var referral = InState(from, clock);

        var ex = Assert.Throws<BusinessRuleViolationException>(() => MoveTo(referral, to, clock));

        Assert.Equal("ReferralTransitionMustBeLegal", ex.Rule);
        Assert.Contains($"from {from} to {to}", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReferralState.Accepted)]
    [InlineData(ReferralState.Rejected)]
    public void Close_AsResolvedWithoutService_ThrowsResolvedReferralNeedsService(ReferralState from)
    {
        var clock = ClockOn(2024, 3, 7);
        var referral = InState(from, clock);

        var ex = Assert.Throws<BusinessRuleViolationException>(() => referral.Close(ReferralOutcome.Resolved, "staff-lee", clock));

        Assert.Equal("ResolvedReferralNeedsService", ex.Rule);
    }

    [Theory]
    [InlineData(ReferralOutcome.Resolved)]
    [InlineData(ReferralOutcome.DeclinedByHousehold)]
    [InlineData(ReferralOutcome.Unreachable)]
    [InlineData(ReferralOutcome.Transferred)]
    public void Close_FromInService_KeepsTheOutcomeAndDay(ReferralOutcome outcome)
    {
        var clock = ClockOn(2024, 3, 7);
        var referral = InState(ReferralState.InService, clock);
        clock.AdvanceDays(3);

        var closed = referral.Close(outcome, "staff-lee", clock, "done");

        Assert.Equal(outcome, closed.Outcome);
        Assert.Equal(new LocalDate(2024, 3, 10), closed.ClosedOn);
        Assert.False(closed.IsOpen);
    }

    [Fact]
    public void Reject_RecordsTheReason_AndReReferGoesToTheNewPartnerKeepingTheDueDate()
    {
        var clock = ClockOn(2024, 3, 7);
        var rejected = NewReferral(clock).Reject("outside our catchment area", "staff-lee", clock);

        var again = rejected.ReRefer(Welfare, "staff-kim", clock);

        Assert.Equal("outside our catchment area", rejected.RejectionReason);
        Assert.Equal(ReferralState.Referred, again.State);
        Assert.Equal(Welfare, again.Partner);
        Assert.Null(again.RejectionReason);
        Assert.Equal(rejected.DueDate, again.DueDate);
        Assert.Equal(MentalHealth, again.History[1].Partner);
    }

    [Fact]
    public void Reject_WithoutReason_Throws()
    {
        var clock = ClockOn(2024, 3, 7);

        Assert.Throws<ArgumentException>(() => NewReferral(clock).Reject(" ", "staff-lee", clock));
    }

    [Fact]
    public void Close_ResolvedOnTheDueDate_CountsAsWithinDeadline_ButNotTheDayAfter()
    {
        var clock = ClockOn(2024, 3, 6);
        var inService = NewReferral(clock, finding: NewFinding(deadlineDays: 7)).Accept("p", clock).StartService("p", clock);

        clock.AdvanceDays(7);
        var onTime = inService.Close(ReferralOutcome.Resolved, "p", clock);
        clock.AdvanceDays(1);
        var late = inService.Close(ReferralOutcome.Resolved, "p", clock);

        Assert.True(onTime.ClosedResolvedWithinDeadline);
        Assert.False(late.ClosedResolvedWithinDeadline);
    }

    [Fact]
    public void Move_BeforeTheLastMove_ThrowsReferralHistoryMustMoveForward()
    {
        var clock = ClockOn(2024, 3, 7);
        var referral = NewReferral(clock);

        var ex = Assert.Throws<BusinessRuleViolationException>(() => referral.Accept("p", ClockOn(2024, 3, 1)));

        Assert.Equal("ReferralHistoryMustMoveForward", ex.Rule);
    }

    internal static Referral InState(ReferralState state, NodaTime.Testing.FakeClock clock)
    {
        var referral = NewReferral(clock);
        return state switch
        {
            ReferralState.Referred => referral,
            ReferralState.Accepted => referral.Accept("staff-lee", clock),
            ReferralState.InService => referral.Accept("staff-lee", clock).StartService("staff-lee", clock),
            ReferralState.Rejected => referral.Reject("full", "staff-lee", clock),
            _ => referral.Accept("staff-lee", clock).Close(ReferralOutcome.Unreachable, "staff-lee", clock),
        };
    }

    internal static Referral MoveTo(Referral referral, ReferralState to, IClock clock) => to switch
    {
        ReferralState.Referred => referral.ReRefer(Welfare, "staff-lee", clock),
        ReferralState.Accepted => referral.Accept("staff-lee", clock),
        ReferralState.InService => referral.StartService("staff-lee", clock),
        ReferralState.Rejected => referral.Reject("no capacity", "staff-lee", clock),
        _ => referral.Close(ReferralOutcome.Transferred, "staff-lee", clock),
    };
}
