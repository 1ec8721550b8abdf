using Dalhaengi.Core.Households;
using NodaTime;

namespace Dalhaengi.Core.Risk;

/// <summary>What a field visit found for a household: whether a crisis was confirmed, and on which day.</summary>
public readonly record struct VerifiedOutcome
{
    /// <summary>Creates the outcome.</summary>
    /// <param name="household">The household visited.</param>
    /// <param name="crisisConfirmed">Whether the visit confirmed a crisis (복지사각지대 발굴 확인).</param>
    /// <param name="verifiedOn">The day of the visit.</param>
    public VerifiedOutcome(HouseholdId household, bool crisisConfirmed, LocalDate verifiedOn)
    {
        Household = household;
        CrisisConfirmed = crisisConfirmed;
        VerifiedOn = verifiedOn;
    }

    /// <summary>The household visited.</summary>
    public HouseholdId Household { get; }

    /// <summary>Whether the visit confirmed a crisis.</summary>
    public bool CrisisConfirmed { get; }

    /// <summary>The day of the visit.</summary>
    public LocalDate VerifiedOn { get; }
}
