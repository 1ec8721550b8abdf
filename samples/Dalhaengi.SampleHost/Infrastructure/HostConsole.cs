namespace Dalhaengi.SampleHost.Infrastructure;

/// <summary>
/// Where commands write. Machine-readable output (CSV, the <c>holidays</c> lines) goes to <see cref="Out"/>;
/// summaries and progress go to <see cref="Error"/>, so scripts can pipe stdout safely.
/// </summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="OutIsTerminal">Whether standard output is a terminal (tables) rather than a file or pipe (plain lines).</param>
/// <param name="ErrorIsTerminal">Whether standard error is a terminal, where a progress display may be drawn.</param>
internal sealed record HostConsole(TextWriter Out, TextWriter Error, bool OutIsTerminal = false, bool ErrorIsTerminal = false);
