using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Access;

/// <summary>
/// Lets a role see one kind of subject, within the role's scope, for the purposes listed.
/// </summary>
/// <remarks>
/// An empty purpose list means no purpose is needed (aggregates, a referral's state). A grant on
/// <see cref="AccessSubjectKind.HouseholdPersonalData"/> must list at least one purpose: the policy rejects it
/// otherwise, so personal data is never visible by default.
/// </remarks>
public sealed record AccessGrant
{
    private readonly ValueList<AccessPurpose> _purposes;

    /// <summary>Creates a grant.</summary>
    /// <param name="subject">What it lets the role see.</param>
    /// <param name="purposes">The purposes it is granted for; empty when no purpose is needed.</param>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is not defined or a purpose is the default value.</exception>
    public AccessGrant(AccessSubjectKind subject, IEnumerable<AccessPurpose>? purposes = null)
    {
        Subject = Guard.Against.EnumOutOfRange(subject);
        _purposes = (purposes ?? []).Distinct().ToValueList();
        if (_purposes.Any(p => p == default))
        {
            throw new ArgumentException("A purpose must be named.", nameof(purposes));
        }
    }

    /// <summary>What it lets the role see.</summary>
    public AccessSubjectKind Subject { get; }

    /// <summary>The purposes it is granted for; empty when no purpose is needed.</summary>
    public IReadOnlyList<AccessPurpose> Purposes => _purposes;

    /// <summary>Whether a purpose is needed at all.</summary>
    public bool NeedsPurpose => _purposes.Count > 0;
}
