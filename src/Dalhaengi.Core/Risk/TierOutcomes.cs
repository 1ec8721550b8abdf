using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;
namespace Dalhaengi.Core.Risk;

/// <summary>One row of a back-test's confusion table: the verified households of one tier, with and without a confirmed crisis.</summary>
/// <param name="TierId">The tier.</param>
/// <param name="Confirmed">Households of the tier whose crisis was confirmed.</param>
/// <param name="NotConfirmed">Households of the tier whose visit found no crisis.</param>
public sealed record TierOutcomes(string TierId, int Confirmed, int NotConfirmed)
{
    /// <summary>The tier; never a resident registration number.</summary>
    public string TierId { get; init; } = Guard.Against.ResidentNumber(TierId, nameof(TierId));
}
