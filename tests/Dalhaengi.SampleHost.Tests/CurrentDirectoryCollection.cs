namespace Dalhaengi.SampleHost.Tests;

/// <summary>
/// Tests that change the process's current directory (to check what the host writes by default) run alone:
/// the current directory is shared by every test running in parallel.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CurrentDirectoryCollection
{
    public const string Name = "current directory";
}
