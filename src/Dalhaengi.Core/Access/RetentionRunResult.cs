using Dalhaengi.Core.Households;
using NodaTime;

namespace Dalhaengi.Core.Access;

/// <summary>What one run of the <see cref="RetentionJob"/> did.</summary>
/// <param name="AsOf">The day the run judged periods on.</param>
/// <param name="Pseudonymized">Households whose contact details were cleared in this run, ordered by id (ordinal).</param>
/// <param name="Deleted">Households deleted in this run, ordered by id (ordinal); a household deleted by an earlier run is not listed again.</param>
public sealed record RetentionRunResult(LocalDate AsOf, IReadOnlyList<HouseholdId> Pseudonymized, IReadOnlyList<HouseholdId> Deleted);
