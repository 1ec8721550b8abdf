using Dalhaengi.Core.Households;
using NodaTime;

namespace Dalhaengi.Core.Access;

/// <summary>What one run of the <see cref="RetentionJob"/> did and what it leaves to the host.</summary>
/// <param name="AsOf">The day the run judged periods on.</param>
/// <param name="Pseudonymized">Households whose contact details were cleared in this run.</param>
/// <param name="DueForDeletion">
/// Households whose deletion period has run out. The library's repositories have no delete, so the host deletes them
/// from its own storage (and the job never pseudonymizes them first, so the host sees the full list every run until it does).
/// </param>
public sealed record RetentionRunResult(LocalDate AsOf, IReadOnlyList<HouseholdId> Pseudonymized, IReadOnlyList<HouseholdId> DueForDeletion);
