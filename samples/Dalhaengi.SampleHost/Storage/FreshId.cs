namespace Dalhaengi.SampleHost.Storage;

/// <summary>
/// Saves a new record under the next free id even when another process is saving at the same moment: the id is
/// chosen, the record added in its own transaction, and a collision (the other writer committed that id first) is
/// retried with a freshly chosen id, so that no writer loses what it was asked to save.
/// </summary>
internal static class FreshId
{
    /// <summary>Enough for many writers racing for one number; each retry reads the ids committed so far.</summary>
    public const int MaxAttempts = 50;

    /// <summary>Runs <paramref name="attempt"/> with attempt numbers 0, 1, … until it saves without a collision.</summary>
    public static async Task<T> SaveAsync<T>(Func<int, Task<T>> attempt)
    {
        for (var n = 0; ; n++)
        {
            try
            {
                return await attempt(n);
            }
            catch (DuplicateIdException) when (n + 1 < MaxAttempts)
            {
                // Another writer took the id; choose again.
            }
        }
    }
}
