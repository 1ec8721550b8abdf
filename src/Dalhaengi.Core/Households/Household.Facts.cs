using NodaTime;

namespace Dalhaengi.Core.Households;

// Derived facts: computed from members, housing, contact and programmes, never stored, so they cannot go stale.
public sealed partial class Household
{
    /// <summary>The number of members.</summary>
    public int Size => Members.Count;

    /// <summary>Whether one person lives in the household.</summary>
    public bool LivesAlone => Members.Count == 1;

    /// <summary>Tells whether a derived fact holds for the household on a date.</summary>
    /// <param name="predicate">The fact.</param>
    /// <param name="asOf">The date; ages are computed for its year.</param>
    /// <returns><see langword="true"/> when the fact holds.</returns>
    public bool Satisfies(HouseholdPredicate predicate, LocalDate asOf) => (PredicateBits(asOf.Year) & (1u << (int)predicate)) != 0;

    /// <summary>Computes every derived fact at once as bits indexed by <see cref="HouseholdPredicate"/>.</summary>
    internal uint PredicateBits(int year)
    {
        uint bits = 0;
        var hasSpouse = false;
        var hasHead = false;
        var hasChildRole = false;
        var hasGrandchild = false;
        var childUnder18 = false;
        foreach (var m in Members)
        {
            var age = m.AgeIn(year);
            if (age >= 65)
            {
                bits |= Bit(HouseholdPredicate.HasMemberAged65Plus);
            }

            if (age < 18)
            {
                bits |= Bit(HouseholdPredicate.HasChildUnder18);
            }

            if (m.HasDisability)
            {
                bits |= Bit(HouseholdPredicate.HasDisabledMember);
            }

            if (m.HasChronicIllness)
            {
                bits |= Bit(HouseholdPredicate.HasChronicIllness);
            }

            hasHead |= m.Role == MemberRole.Head;
            hasSpouse |= m.Role == MemberRole.Spouse;
            hasChildRole |= m.Role == MemberRole.Child;
            hasGrandchild |= m.Role == MemberRole.Grandchild;
            childUnder18 |= m.Role == MemberRole.Child && age < 18;
        }

        if (Members.Count == 1)
        {
            var age = Members[0].AgeIn(year);
            bits |= Bit(HouseholdPredicate.LivesAlone);
            bits |= age >= 65 ? Bit(HouseholdPredicate.LivesAloneAged65Plus) : 0;
            bits |= age is >= 19 and < 65 ? Bit(HouseholdPredicate.LivesAloneWorkingAge) : 0;
        }

        bits |= hasHead && !hasSpouse && childUnder18 ? Bit(HouseholdPredicate.SingleParentWithChildUnder18) : 0;
        bits |= hasGrandchild && !hasChildRole ? Bit(HouseholdPredicate.GrandparentHeaded) : 0;
        bits |= Contact == ContactStatus.Unreachable ? Bit(HouseholdPredicate.Unreachable) : 0;
        bits |= Contact == ContactStatus.Moved ? Bit(HouseholdPredicate.Moved) : 0;
        bits |= Housing == HousingType.NonResidential ? Bit(HouseholdPredicate.NonResidentialHousing) : 0;
        bits |= Programmes.HasFlag(ProgrammeStatus.BasicLivelihoodRecipient) ? Bit(HouseholdPredicate.BasicLivelihoodRecipient) : 0;
        bits |= Programmes.HasFlag(ProgrammeStatus.NearPoor) ? Bit(HouseholdPredicate.NearPoor) : 0;
        bits |= Programmes.HasFlag(ProgrammeStatus.UnderCaseManagement) ? Bit(HouseholdPredicate.UnderCaseManagement) : 0;
        return bits;
    }

    private static uint Bit(HouseholdPredicate p) => 1u << (int)p;
}
