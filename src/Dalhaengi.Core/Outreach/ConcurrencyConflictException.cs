namespace Dalhaengi.Core.Outreach;

/// <summary>
/// Thrown by a repository update when the stored version is not the one the caller read: someone else saved a
/// change in between. Reload, apply the change again, and save.
/// </summary>
public sealed class ConcurrencyConflictException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="entity">What was being saved, for example <c>referral ref-1</c>.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="actualVersion">The version stored now.</param>
    public ConcurrencyConflictException(string entity, int expectedVersion, int actualVersion)
        : base($"{entity} was changed by someone else: expected version {expectedVersion}, found {actualVersion}. Reload it and try again.")
    {
        Entity = entity;
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    /// <summary>What was being saved.</summary>
    public string Entity { get; }

    /// <summary>The version the caller read.</summary>
    public int ExpectedVersion { get; }

    /// <summary>The version stored now.</summary>
    public int ActualVersion { get; }
}
