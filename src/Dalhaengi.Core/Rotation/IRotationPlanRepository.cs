namespace Dalhaengi.Core.Rotation;

/// <summary>
/// Stores rotation plans' schedules (sessions and skipped slots) under a name such as <c>yangpyeong-2026</c>. The
/// library ships a thread-safe in-memory implementation, registered by default; a host replaces it with durable storage.
/// </summary>
/// <remarks>
/// A plan name is 1 to 64 ASCII letters, digits, <c>.</c>, <c>-</c>, <c>_</c> or <c>@</c>, compared ordinally.
/// Saving under a name replaces the previous version whole, atomically: a reader sees the old plan or the new one, never a mix.
/// </remarks>
public interface IRotationPlanRepository
{
    /// <summary>Saves a plan's sessions and skipped slots under a name, replacing any plan saved under it before.</summary>
    /// <param name="planName">The name, for example <c>yangpyeong-2026</c>.</param>
    /// <param name="plan">The plan.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when it is stored.</returns>
    /// <exception cref="ArgumentException"><paramref name="planName"/> is not a valid plan name.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The operation was cancelled; the previous version stays.</exception>
    Task SaveAsync(string planName, RotationPlan plan, CancellationToken cancellationToken = default);

    /// <summary>Finds the plan saved under a name.</summary>
    /// <param name="planName">The name.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The saved sessions and skipped slots, or <see langword="null"/> when nothing is saved under the name.</returns>
    /// <exception cref="ArgumentException"><paramref name="planName"/> is not a valid plan name.</exception>
    /// <exception cref="OperationCanceledException">The operation was cancelled.</exception>
    Task<SavedRotationPlan?> FindAsync(string planName, CancellationToken cancellationToken = default);

    /// <summary>Lists the names plans are saved under, in ordinal order.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The names.</returns>
    /// <exception cref="OperationCanceledException">The operation was cancelled.</exception>
    Task<IReadOnlyList<string>> ListNamesAsync(CancellationToken cancellationToken = default);
}
