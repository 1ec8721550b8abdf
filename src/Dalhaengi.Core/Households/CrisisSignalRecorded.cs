using NodaTime;

namespace Dalhaengi.Core.Households;

/// <summary>Records that a crisis signal was recorded for a household.</summary>
/// <param name="Household">The household.</param>
/// <param name="Signal">The signal recorded.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record CrisisSignalRecorded(HouseholdId Household, CrisisSignal Signal, Instant OccurredAt)
    : HouseholdEvent(Household, OccurredAt);
