using Dalhaengi.Core.Geography;

namespace Dalhaengi.Core.Households;

/// <summary>
/// Stores households with their members, consent, contact status and crisis signals. The library ships a
/// thread-safe in-memory implementation, registered by default; a host replaces it with durable storage.
/// </summary>
/// <remarks>
/// A <see cref="Household"/> is a mutable aggregate: its verbs change it in place. A repository stores its state
/// when it is added or replaced, never a live reference, so a change is stored only by <see cref="UpdateAsync"/>.
/// Raised events are not stored; dispatch them before saving.
/// </remarks>
public interface IHouseholdRepository
{
    /// <summary>Finds a household by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A new instance holding the stored state (no events), or <see langword="null"/> when there is none.</returns>
    /// <exception cref="OperationCanceledException">The operation was cancelled.</exception>
    Task<Household?> FindAsync(HouseholdId id, CancellationToken cancellationToken = default);

    /// <summary>Lists the stored households, ordered by id (ordinal).</summary>
    /// <param name="district">Only households of this district (읍면동); <see langword="null"/> lists them all.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>New instances holding the stored state.</returns>
    /// <exception cref="OperationCanceledException">The operation was cancelled.</exception>
    Task<IReadOnlyList<Household>> ListAsync(DistrictCode? district = null, CancellationToken cancellationToken = default);

    /// <summary>Counts the stored households.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The number of households stored.</returns>
    /// <exception cref="OperationCanceledException">The operation was cancelled.</exception>
    Task<int> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>Lists the ids of the stored households, ordered (ordinal), without reading the households themselves.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The ids.</returns>
    /// <exception cref="OperationCanceledException">The operation was cancelled.</exception>
    /// <remarks>Cheap next to <see cref="ListAsync"/>: use it to find which households of an import are new.</remarks>
    Task<IReadOnlyList<HouseholdId>> ListIdsAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds several new households, all or nothing.</summary>
    /// <param name="households">The households to add.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when they are stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="households"/> is <see langword="null"/> or holds <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">An id is already stored or repeated in the batch; nothing is added.</exception>
    /// <exception cref="OperationCanceledException">The operation was cancelled; nothing is added.</exception>
    Task AddRangeAsync(IEnumerable<Household> households, CancellationToken cancellationToken = default);

    /// <summary>Replaces a stored household with its current state (for example after a signal or consent was recorded).</summary>
    /// <param name="household">The changed household.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when it is stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="household"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No household with its id is stored.</exception>
    /// <exception cref="OperationCanceledException">The operation was cancelled.</exception>
    Task UpdateAsync(Household household, CancellationToken cancellationToken = default);

    /// <summary>Deletes a stored household (파기), for example when its retention period has run out.</summary>
    /// <param name="id">The household's id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> when a household was deleted; <see langword="false"/> when none with that id was stored.</returns>
    /// <exception cref="OperationCanceledException">The operation was cancelled; nothing is deleted.</exception>
    /// <remarks>
    /// Only the household's own record goes: cases, referrals and session records name it by opaque id and are kept,
    /// as the retention policy decides for them separately. Deleting an id that is not stored is not an error, so a
    /// job that is run again after a partial run does not fail.
    /// </remarks>
    Task<bool> DeleteAsync(HouseholdId id, CancellationToken cancellationToken = default);
}
