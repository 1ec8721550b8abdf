namespace Dalhaengi.SampleHost.Storage;

/// <summary>
/// Where the host's database lives when <c>--db</c> is not given. Registered in the container, so tests (and
/// embedding hosts) register their own to keep the database out of the current directory.
/// </summary>
/// <param name="DefaultPath">The database file; relative paths are resolved against the current directory.</param>
internal sealed record StorageLocation(string DefaultPath)
{
    /// <summary>The default: <c>./dalhaengi-data/dalhaengi.db</c> relative to the current directory.</summary>
    public static StorageLocation Default { get; } = new(Path.Combine("dalhaengi-data", "dalhaengi.db"));
}
