namespace Dalhaengi.Core.Outreach;

/// <summary>
/// Stores session records. The library ships a thread-safe in-memory implementation, registered by default;
/// a host replaces it with durable storage.
/// </summary>
/// <remarks>
/// Stored values are immutable: save a changed record with <see cref="UpdateAsync"/>, passing the
/// <c>Version</c> it had when read. Implementations store the whole audit trail, so <c>SessionRecord.Replay</c> can rebuild it.
/// </remarks>
public interface ISessionRecordRepository
{
    /// <summary>Finds a SessionRecord by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The stored SessionRecord, or <see langword="null"/> when there is none.</returns>
    /// <exception cref="OperationCanceledException">The operation was cancelled.</exception>
    Task<SessionRecord?> FindAsync(SessionRecordId id, CancellationToken cancellationToken = default);

    /// <summary>Lists the stored records that match a query, ordered by date, then id (ordinal).</summary>
    /// <param name="query">The filter; <see langword="null"/> lists them all.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The matching records.</returns>
    /// <exception cref="OperationCanceledException">The operation was cancelled.</exception>
    Task<IReadOnlyList<SessionRecord>> ListAsync(SessionRecordQuery? query = null, CancellationToken cancellationToken = default);

    /// <summary>Adds a new SessionRecord.</summary>
    /// <param name="record">The SessionRecord to add.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when it is stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">A SessionRecord with the same id is already stored.</exception>
    /// <exception cref="OperationCanceledException">The operation was cancelled.</exception>
    Task AddAsync(SessionRecord record, CancellationToken cancellationToken = default);

    /// <summary>Adds several new records, all or nothing.</summary>
    /// <param name="records">The records to add.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when they are stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is <see langword="null"/> or holds <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">An id is already stored or repeated in the batch; nothing is added.</exception>
    /// <exception cref="OperationCanceledException">The operation was cancelled; nothing is added.</exception>
    Task AddRangeAsync(IEnumerable<SessionRecord> records, CancellationToken cancellationToken = default);

    /// <summary>Replaces a stored SessionRecord with its changed state, if nobody changed it since it was read.</summary>
    /// <param name="record">The changed SessionRecord.</param>
    /// <param name="expectedVersion">The <c>Version</c> it had when read.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when it is stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Its version is not above <paramref name="expectedVersion"/>.</exception>
    /// <exception cref="KeyNotFoundException">No SessionRecord with its id is stored.</exception>
    /// <exception cref="ConcurrencyConflictException">The stored version is not <paramref name="expectedVersion"/>.</exception>
    /// <exception cref="OperationCanceledException">The operation was cancelled.</exception>
    Task UpdateAsync(SessionRecord record, int expectedVersion, CancellationToken cancellationToken = default);
}
