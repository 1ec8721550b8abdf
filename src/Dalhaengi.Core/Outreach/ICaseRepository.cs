namespace Dalhaengi.Core.Outreach;

/// <summary>
/// Stores integrated cases. The library ships a thread-safe in-memory implementation, registered by default;
/// a host replaces it with durable storage.
/// </summary>
/// <remarks>
/// Stored values are immutable: save a changed @case with <see cref="UpdateAsync"/>, passing the
/// <c>Version</c> it had when read. Implementations store the whole audit trail, so <c>Case.Replay</c> can rebuild it.
/// </remarks>
public interface ICaseRepository
{
    /// <summary>Finds a Case by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The stored Case, or <see langword="null"/> when there is none.</returns>
    /// <exception cref="OperationCanceledException">The operation was cancelled.</exception>
    Task<Case?> FindAsync(CaseId id, CancellationToken cancellationToken = default);

    /// <summary>Lists the stored cases that match a query, ordered by id (ordinal).</summary>
    /// <param name="query">The filter; <see langword="null"/> lists them all.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The matching cases.</returns>
    /// <exception cref="OperationCanceledException">The operation was cancelled.</exception>
    Task<IReadOnlyList<Case>> ListAsync(CaseQuery? query = null, CancellationToken cancellationToken = default);

    /// <summary>Adds a new Case.</summary>
    /// <param name="case">The Case to add.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when it is stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">A Case with the same id is already stored.</exception>
    /// <exception cref="OperationCanceledException">The operation was cancelled.</exception>
    Task AddAsync(Case @case, CancellationToken cancellationToken = default);

    /// <summary>Adds several new cases, all or nothing.</summary>
    /// <param name="cases">The cases to add.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when they are stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> is <see langword="null"/> or holds <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">An id is already stored or repeated in the batch; nothing is added.</exception>
    /// <exception cref="OperationCanceledException">The operation was cancelled; nothing is added.</exception>
    Task AddRangeAsync(IEnumerable<Case> cases, CancellationToken cancellationToken = default);

    /// <summary>Replaces a stored Case with its changed state, if nobody changed it since it was read.</summary>
    /// <param name="case">The changed Case.</param>
    /// <param name="expectedVersion">The <c>Version</c> it had when read.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when it is stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Its version is not above <paramref name="expectedVersion"/>.</exception>
    /// <exception cref="KeyNotFoundException">No Case with its id is stored.</exception>
    /// <exception cref="ConcurrencyConflictException">The stored version is not <paramref name="expectedVersion"/>.</exception>
    /// <exception cref="OperationCanceledException">The operation was cancelled.</exception>
    Task UpdateAsync(Case @case, int expectedVersion, CancellationToken cancellationToken = default);
}
