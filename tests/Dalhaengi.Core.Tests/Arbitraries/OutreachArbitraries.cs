using Dalhaengi.Core.Outreach;
using FsCheck;
using FsCheck.Fluent;

namespace Dalhaengi.Core.Tests.Arbitraries;

/// <summary>Generators for the outreach properties.</summary>
public static class OutreachArbitraries
{
    /// <summary>An action a user may try on a referral, legal or not in its current state.</summary>
    public enum Attempt
    {
        Accept,
        Reject,
        ReRefer,
        StartService,
        CloseResolved,
        CloseDeclined,
        CloseUnreachable,
        CloseTransferred,
    }

    public static Gen<Attempt[]> Attempts => Gen.ArrayOf(Gen.Elements(Enum.GetValues<Attempt>()));

    public static Arbitrary<Attempt[]> AttemptSequence() => Attempts.ToArbitrary();

    public static Gen<CancellationReason?> Cancellations =>
        Gen.Frequency((6, Gen.Constant<CancellationReason?>(null)), (1, Gen.Elements<CancellationReason?>(CancellationReason.Weather, CancellationReason.HeatWave, CancellationReason.Other)));
}

/// <summary>The shape of one generated session: when, where and how much.</summary>
public sealed record SessionSpec(int DayOffset, int District, int Residents, int Items, int Services, int Partner, CancellationReason? Cancelled);

/// <summary>The shape of one generated referral: when found, where, and how far it got.</summary>
public sealed record ReferralSpec(int DayOffset, int District, int Partner, int Steps, int DeadlineDays);

/// <summary>Generators of whole seasons for the report properties.</summary>
public static class SeasonArbitraries
{
    public static Gen<SessionSpec> Sessions =>
        from day in Gen.Choose(0, 300)
        from district in Gen.Choose(0, 3)
        from residents in Gen.Choose(0, 400)
        from items in Gen.Choose(0, 60)
        from services in Gen.Choose(0, 90)
        from partner in Gen.Choose(0, 2)
        from cancelled in OutreachArbitraries.Cancellations
        select new SessionSpec(day, district, residents, items, services, partner, cancelled);

    public static Gen<ReferralSpec> Referrals =>
        from day in Gen.Choose(0, 300)
        from district in Gen.Choose(0, 3)
        from partner in Gen.Choose(0, 2)
        from steps in Gen.Choose(0, 5)
        from deadline in Gen.Choose(0, 30)
        select new ReferralSpec(day, district, partner, steps, deadline);

    public static Arbitrary<(SessionSpec[] Sessions, ReferralSpec[] Referrals)> Season() =>
        (from s in Gen.ArrayOf(Sessions)
         from r in Gen.ArrayOf(Referrals)
         select (s, r)).ToArbitrary();
}
