using NodaTime;

namespace Dalhaengi.Core.Households;

/// <summary>Records that the team's ability to reach a household changed.</summary>
/// <param name="Household">The household.</param>
/// <param name="Previous">The status before.</param>
/// <param name="Current">The status now.</param>
/// <param name="OccurredAt">When it changed.</param>
public sealed record ContactStatusChanged(HouseholdId Household, ContactStatus Previous, ContactStatus Current, Instant OccurredAt)
    : HouseholdEvent(Household, OccurredAt);
