namespace Dalhaengi.SampleHost.Infrastructure;

/// <summary>
/// Where commands write. Machine-readable output (CSV, the <c>holidays</c> lines) goes to <see cref="Out"/>;
/// summaries and progress go to <see cref="Error"/>, so scripts can pipe stdout safely.
/// </summary>
internal sealed record HostConsole(TextWriter Out, TextWriter Error);
