using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;
using Dalhaengi.Core.Rotation;

namespace Dalhaengi.Core.Partners;

/// <summary>A partner proposed for a referral, the needs it meets, and the next session where the household can meet it.</summary>
public sealed record ReferralProposal
{
    /// <summary>Creates the proposal.</summary>
    /// <param name="partner">The partner.</param>
    /// <param name="needsMet">The household's needs it meets.</param>
    /// <param name="services">Its services that address those needs.</param>
    /// <param name="specificity">How closely it matches: the sum over met needs of the segments of the longest matching prefix.</param>
    /// <param name="nextSession">The next planned session it is on, nearest the household first; <see langword="null"/> when none.</param>
    /// <param name="proximity">Where <paramref name="nextSession"/> is relative to the household, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="partner"/> is the default value.</exception>
    public ReferralProposal(PartnerId partner, IEnumerable<string> needsMet, IEnumerable<ServiceCode> services, int specificity, PlannedSession? nextSession, ReferralProximity? proximity)
    {
        Partner = Guard.Against.Default(partner);
        NeedsMet = Guard.Against.Null(needsMet).Select(n => Guard.Against.ResidentNumber(n, nameof(needsMet))).ToValueList();
        Services = Guard.Against.Null(services).ToValueList();
        Specificity = specificity;
        NextSession = nextSession;
        Proximity = proximity;
    }

    /// <summary>The partner.</summary>
    public PartnerId Partner { get; }

    /// <summary>The household's needs it meets, sorted.</summary>
    public IReadOnlyList<string> NeedsMet { get; }

    /// <summary>Its services that address those needs, sorted.</summary>
    public IReadOnlyList<ServiceCode> Services { get; }

    /// <summary>How closely it matches; higher is more specific.</summary>
    public int Specificity { get; }

    /// <summary>The next planned session it is on, or <see langword="null"/>.</summary>
    public PlannedSession? NextSession { get; }

    /// <summary>Where <see cref="NextSession"/> is relative to the household, or <see langword="null"/>.</summary>
    public ReferralProximity? Proximity { get; }
}
