using Ardalis.GuardClauses;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;

namespace Dalhaengi.Core.Access;

/// <summary>
/// What a screen shows of a household: masked by default (name <c>김*수</c>, phone <c>010-****-5678</c>, no note),
/// revealed only by <see cref="AccessGate.RevealAsync"/> when the policy allows it for a purpose.
/// </summary>
/// <remarks>The household model has no address field; when a city adds one, it belongs here, masked the same way.</remarks>
public sealed class HouseholdView
{
    private HouseholdView(Household household, bool revealed, AccessDecision? decision)
    {
        Id = household.Id;
        District = household.District;
        Site = household.Site;
        MemberCount = household.Members.Count;
        IsRevealed = revealed;
        Decision = decision;
        ContactName = household.ContactName is { } n ? (revealed ? n : PersonalData.MaskName(n)) : null;
        ContactPhone = household.ContactPhone is { } p ? (revealed ? p : PersonalData.MaskPhone(p)) : null;
        Note = revealed ? household.Note : null;
    }

    /// <summary>The household's opaque id.</summary>
    public HouseholdId Id { get; }

    /// <summary>Its district (읍면동).</summary>
    public DistrictCode District { get; }

    /// <summary>The session site it is attached to, or <see langword="null"/>.</summary>
    public SiteId? Site { get; }

    /// <summary>How many people live in it.</summary>
    public int MemberCount { get; }

    /// <summary>The contact person's name, masked unless <see cref="IsRevealed"/>; <see langword="null"/> when none is on record.</summary>
    public string? ContactName { get; }

    /// <summary>The contact phone number, masked unless <see cref="IsRevealed"/>; <see langword="null"/> when none is on record.</summary>
    public string? ContactPhone { get; }

    /// <summary>The free-text note when revealed; always <see langword="null"/> while masked.</summary>
    public string? Note { get; }

    /// <summary>Whether the personal data is shown unmasked.</summary>
    public bool IsRevealed { get; }

    /// <summary>The decision behind a reveal request, or <see langword="null"/> for a plain masked view.</summary>
    public AccessDecision? Decision { get; }

    /// <summary>Creates the masked view of a household; no policy decision is needed for it.</summary>
    /// <param name="household">The household.</param>
    /// <returns>The masked view.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="household"/> is <see langword="null"/>.</exception>
    public static HouseholdView Masked(Household household) => new(Guard.Against.Null(household), false, null);

    internal static HouseholdView For(Household household, AccessDecision decision) => new(household, decision.Allowed, decision);
}
