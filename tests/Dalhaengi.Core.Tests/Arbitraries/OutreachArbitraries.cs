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
