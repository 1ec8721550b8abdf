using Ardalis.GuardClauses;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Risk;

/// <summary>Explains one red flag that fired: which flag, the minimum tier it forced, and the signals it used.</summary>
public sealed record FiredRedFlag
{
    /// <summary>Creates the explanation.</summary>
    /// <param name="redFlagId">The red flag's id.</param>
    /// <param name="description">The red flag's description.</param>
    /// <param name="minimumTier">The id of the tier it forced at least.</param>
    /// <param name="signals">The signals that satisfied its condition.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public FiredRedFlag(string redFlagId, string description, string minimumTier, IEnumerable<CrisisSignal> signals)
    {
        RedFlagId = Guard.Against.ResidentNumber(Guard.Against.Null(redFlagId));
        Description = Guard.Against.ResidentNumber(Guard.Against.Null(description));
        MinimumTier = Guard.Against.ResidentNumber(Guard.Against.Null(minimumTier));
        Signals = Guard.Against.Null(signals).ToValueList();
    }

    /// <summary>The red flag's id.</summary>
    public string RedFlagId { get; }

    /// <summary>The red flag's description.</summary>
    public string Description { get; }

    /// <summary>The id of the tier it forced at least.</summary>
    public string MinimumTier { get; }

    /// <summary>The signals that satisfied its condition.</summary>
    public IReadOnlyList<CrisisSignal> Signals { get; }
}
