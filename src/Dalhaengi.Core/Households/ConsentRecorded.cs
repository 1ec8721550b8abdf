using NodaTime;

namespace Dalhaengi.Core.Households;

/// <summary>Records that a household gave or withdrew consent to share its information.</summary>
/// <param name="Household">The household.</param>
/// <param name="Consent">The consent now in force.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record ConsentRecorded(HouseholdId Household, Consent Consent, Instant OccurredAt)
    : HouseholdEvent(Household, OccurredAt);
