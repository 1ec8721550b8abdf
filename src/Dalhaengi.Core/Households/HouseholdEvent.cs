using NodaTime;

namespace Dalhaengi.Core.Households;

/// <summary>Records something that happened to a household; raised by its verb methods.</summary>
/// <param name="Household">The household it happened to.</param>
/// <param name="OccurredAt">When it happened, as passed by the caller.</param>
public abstract record HouseholdEvent(HouseholdId Household, Instant OccurredAt);
