using Dalhaengi.Core.Households;
using NodaTime;

namespace Dalhaengi.Core.Risk;

/// <summary>What a field visit found for a household: whether a crisis was confirmed, and on which day.</summary>
/// <param name="Household">The household visited.</param>
/// <param name="CrisisConfirmed">Whether the visit confirmed a crisis (복지사각지대 발굴 확인).</param>
/// <param name="VerifiedOn">The day of the visit.</param>
public readonly record struct VerifiedOutcome(HouseholdId Household, bool CrisisConfirmed, LocalDate VerifiedOn);
