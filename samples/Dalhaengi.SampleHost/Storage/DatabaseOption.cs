namespace Dalhaengi.SampleHost.Storage;

/// <summary>
/// The <c>--db</c> path of this run, once the command line is parsed. The container is built before Spectre parses
/// the settings, so <see cref="DatabaseInterceptor"/> fills this in and <see cref="HostDatabase"/> reads it on first use.
/// </summary>
internal sealed class DatabaseOption
{
    public string? Path { get; set; }
}
