using Ardalis.GuardClauses;

namespace Dalhaengi.Core.Households;

/// <summary>A person living in a household, described only by what the risk rules need (no name, no RRN).</summary>
public sealed record HouseholdMember
{
    /// <summary>Creates a member.</summary>
    /// <param name="role">The relationship to the head of the household.</param>
    /// <param name="birthYear">The year of birth, 1900 to 2100.</param>
    /// <param name="hasDisability">Whether the member has a registered disability.</param>
    /// <param name="hasChronicIllness">Whether the member has a chronic illness.</param>
    /// <exception cref="ArgumentException"><paramref name="role"/> is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="birthYear"/> is outside 1900–2100.</exception>
    public HouseholdMember(MemberRole role, int birthYear, bool hasDisability = false, bool hasChronicIllness = false)
    {
        Role = Guard.Against.EnumOutOfRange(role);
        BirthYear = Guard.Against.OutOfRange(birthYear, nameof(birthYear), 1900, 2100);
        HasDisability = hasDisability;
        HasChronicIllness = hasChronicIllness;
    }

    /// <summary>The relationship to the head of the household.</summary>
    public MemberRole Role { get; }

    /// <summary>The year of birth.</summary>
    public int BirthYear { get; }

    /// <summary>Whether the member has a registered disability (장애).</summary>
    public bool HasDisability { get; }

    /// <summary>Whether the member has a chronic illness.</summary>
    public bool HasChronicIllness { get; }

    /// <summary>Computes the age the member reaches during <paramref name="year"/>.</summary>
    /// <param name="year">The calendar year.</param>
    /// <returns><c>year − birth year</c>; never negative.</returns>
    public int AgeIn(int year) => Math.Max(0, year - BirthYear);
}
