namespace Dalhaengi.Core;

/// <summary>
/// Describes one thing wrong with a piece of input data: where it is and what is wrong with it.
/// </summary>
/// <remarks>
/// <see cref="Path"/> is a JSON path such as <c>$.districts[3].code</c> for JSON input, a
/// <c>file:line</c> location for CSV input, or the name of the offending item for data built in code.
/// </remarks>
/// <param name="Path">Where the problem is.</param>
/// <param name="Message">What is wrong, in one sentence.</param>
/// <param name="Hint">How to fix it, when there is something useful to say; otherwise <see langword="null"/>.</param>
public sealed record ValidationProblem(string Path, string Message, string? Hint = null)
{
    /// <summary>Formats the problem as <c>path: message (hint)</c>.</summary>
    /// <returns>The problem on one line.</returns>
    public override string ToString() => Hint is null ? $"{Path}: {Message}" : $"{Path}: {Message} ({Hint})";
}
