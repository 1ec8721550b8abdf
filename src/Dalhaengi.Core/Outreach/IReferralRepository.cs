namespace Dalhaengi.Core.Outreach;

/// <summary>
/// Stores referrals. The library ships a thread-safe in-memory implementation, registered by default;
/// a host replaces it with durable storage.
/// </summary>
/// <remarks>
/// Stored values are immutable: save a changed referral with <see cref="UpdateAsync"/>, passing the
/// <c>Version</c> it had when read. Implementations store the whole audit trail, so <c>Referral.Replay</c> can rebuild it.
/// </remarks>
public interface IReferralRepository
{
    /// <summary>Finds a Referral by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The stored Referral, or <see langword="null"/> when there is none.</returns>
    /// <exception cref="OperationCanceledException">The operation was cancelled.</exception>
    Task<Referral?> FindAsync(ReferralId id, CancellationToken cancellationToken = default);

    /// <summary>Lists the stored referrals that match a query, ordered by id (ordinal).</summary>
    /// <param name="query">The filter; <see langword="null"/> lists them all.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The matching referrals.</returns>
    /// <exception cref="OperationCanceledException">The operation was cancelled.</exception>
    Task<IReadOnlyList<Referral>> ListAsync(ReferralQuery? query = null, CancellationToken cancellationToken = default);

    /// <summary>Adds a new Referral.</summary>
    /// <param name="referral">The Referral to add.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when it is stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="referral"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">A Referral with the same id is already stored.</exception>
    /// <exception cref="OperationCanceledException">The operation was cancelled.</exception>
    Task AddAsync(Referral referral, CancellationToken cancellationToken = default);

    /// <summary>Adds several new referrals, all or nothing.</summary>
    /// <param name="referrals">The referrals to add.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when they are stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="referrals"/> is <see langword="null"/> or holds <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">An id is already stored or repeated in the batch; nothing is added.</exception>
    /// <exception cref="OperationCanceledException">The operation was cancelled; nothing is added.</exception>
    Task AddRangeAsync(IEnumerable<Referral> referrals, CancellationToken cancellationToken = default);

    /// <summary>Replaces a stored Referral with its changed state, if nobody changed it since it was read.</summary>
    /// <param name="referral">The changed Referral.</param>
    /// <param name="expectedVersion">The <c>Version</c> it had when read.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when it is stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="referral"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Its version is not above <paramref name="expectedVersion"/>.</exception>
    /// <exception cref="KeyNotFoundException">No Referral with its id is stored.</exception>
    /// <exception cref="ConcurrencyConflictException">The stored version is not <paramref name="expectedVersion"/>.</exception>
    /// <exception cref="OperationCanceledException">The operation was cancelled.</exception>
    Task UpdateAsync(Referral referral, int expectedVersion, CancellationToken cancellationToken = default);
}
