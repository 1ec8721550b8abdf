namespace Dalhaengi.Core.Access;

/// <summary>
/// Keeps the access record, append-only: entries are added and listed, never changed or removed.
/// The library ships a thread-safe in-memory implementation, registered by default; a host replaces it with durable storage.
/// </summary>
public interface IAccessRecordRepository
{
    /// <summary>Appends an entry.</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when it is stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The operation was cancelled.</exception>
    Task AppendAsync(AccessRecordEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Lists the entries that match a query, oldest first (in the order appended).</summary>
    /// <param name="query">The filter; <see langword="null"/> lists them all.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The matching entries.</returns>
    /// <exception cref="OperationCanceledException">The operation was cancelled.</exception>
    Task<IReadOnlyList<AccessRecordEntry>> ListAsync(AccessRecordQuery? query = null, CancellationToken cancellationToken = default);
}
