using Dalhaengi.Core.Outreach;
using Dalhaengi.Core.Tests.Arbitraries;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Dalhaengi.Core.Tests.Arbitraries.OutreachArbitraries;
using static Dalhaengi.Core.Tests.Outreach.OutreachTestData;

namespace Dalhaengi.Core.Tests.Outreach;

public sealed partial class ReferralTests
{
    // The reachable states, written out independently of Referral.IsLegalMove.
    private static readonly Dictionary<ReferralState, ReferralState[]> Spec = new()
    {
        [ReferralState.Referred] = [ReferralState.Accepted, ReferralState.Rejected],
        [ReferralState.Accepted] = [ReferralState.InService, ReferralState.Closed],
        [ReferralState.InService] = [ReferralState.Closed],
        [ReferralState.Rejected] = [ReferralState.Referred, ReferralState.Closed],
        [ReferralState.Closed] = [],
    };

    [Property(Arbitrary = [typeof(OutreachArbitraries)])]
    public bool AnySequenceOfAttempts_EndsInAStateTheSpecReaches(Attempt[] attempts)
    {
        var clock = ClockOn(2024, 3, 6);
        var referral = NewReferral(clock);
        var model = ReferralState.Referred;
        foreach (var attempt in attempts)
        {
            clock.AdvanceHours(1);
            var target = TargetOf(attempt);
            var legal = Spec[model].Contains(target) && !(attempt == Attempt.CloseResolved && model != ReferralState.InService);
            try
            {
                referral = Apply(referral, attempt, clock);
                if (!legal)
                {
                    return false;
                }

                model = target;
            }
            catch (BusinessRuleViolationException)
            {
                if (legal)
                {
                    return false;
                }
            }
        }

        return referral.State == model && Reachable().Contains(referral.State) && referral.Version == referral.History.Count;
    }

    [Property(Arbitrary = [typeof(OutreachArbitraries)])]
    public bool ReplayingTheAuditTrail_RebuildsTheCurrentState(Attempt[] attempts)
    {
        var clock = ClockOn(2024, 3, 6);
        var referral = NewReferral(clock);
        foreach (var attempt in attempts)
        {
            clock.AdvanceHours(5);
            try
            {
                referral = Apply(referral, attempt, clock);
            }
            catch (BusinessRuleViolationException)
            {
                // Illegal attempts leave the referral as it was.
            }
        }

        var replayed = Referral.Replay(referral.Id, referral.Subject, referral.History);

        return replayed.State == referral.State
            && replayed.Partner == referral.Partner
            && replayed.Outcome == referral.Outcome
            && replayed.ClosedOn == referral.ClosedOn
            && replayed.DueDate == referral.DueDate
            && replayed.RejectionReason == referral.RejectionReason
            && replayed.History.SequenceEqual(referral.History);
    }

    [Fact]
    public void Replay_OfAnIllegalTrail_Throws()
    {
        var clock = ClockOn(2024, 3, 6);
        var referral = NewReferral(clock);
        var bogus = referral.History.Append(new ReferralTransition(ReferralState.InService, MentalHealth, "x", clock.GetCurrentInstant()));

        var ex = Assert.Throws<BusinessRuleViolationException>(() => Referral.Replay(referral.Id, referral.Subject, bogus));

        Assert.Equal("ReferralTransitionMustBeLegal", ex.Rule);
    }

    private static HashSet<ReferralState> Reachable()
    {
        var seen = new HashSet<ReferralState> { ReferralState.Referred };
        var queue = new Queue<ReferralState>(seen);
        while (queue.TryDequeue(out var s))
        {
            foreach (var next in Spec[s].Where(seen.Add))
            {
                queue.Enqueue(next);
            }
        }

        return seen;
    }

    private static ReferralState TargetOf(Attempt attempt) => attempt switch
    {
        Attempt.Accept => ReferralState.Accepted,
        Attempt.Reject => ReferralState.Rejected,
        Attempt.ReRefer => ReferralState.Referred,
        Attempt.StartService => ReferralState.InService,
        _ => ReferralState.Closed,
    };

    private static Referral Apply(Referral r, Attempt attempt, NodaTime.IClock clock) => attempt switch
    {
        Attempt.Accept => r.Accept("p", clock),
        Attempt.Reject => r.Reject("no capacity", "p", clock),
        Attempt.ReRefer => r.ReRefer(Welfare, "p", clock),
        Attempt.StartService => r.StartService("p", clock),
        Attempt.CloseResolved => r.Close(ReferralOutcome.Resolved, "p", clock),
        Attempt.CloseDeclined => r.Close(ReferralOutcome.DeclinedByHousehold, "p", clock),
        Attempt.CloseUnreachable => r.Close(ReferralOutcome.Unreachable, "p", clock),
        _ => r.Close(ReferralOutcome.Transferred, "p", clock),
    };
}
