namespace Dalhaengi.Core.Tests.Docs;

/// <summary>One <c>```csharp</c> block of a doc: where it is, the <c>using</c> lines it shows and the code after them.</summary>
/// <param name="Doc">The doc's path from the repository root, with <c>/</c> separators (<c>docs/calendar.md</c>).</param>
/// <param name="Index">The block's position in the doc, from 0.</param>
/// <param name="Line">The 1-based line of the block's first line (after the fence).</param>
/// <param name="Lines">The block's lines.</param>
internal sealed record DocSnippet(string Doc, int Index, int Line, IReadOnlyList<string> Lines)
{
    /// <summary>Gets the leading <c>using</c> directives (not <c>using var</c> declarations), as written.</summary>
    public IReadOnlyList<string> Usings => [.. Lines.TakeWhile(IsUsingOrBlank).Where(l => l.Trim().Length > 0).Select(l => l.Trim())];

    /// <summary>Gets the 1-based doc line where the code after the <c>using</c> lines starts.</summary>
    public int CodeLine => Line + Lines.TakeWhile(IsUsingOrBlank).Count();

    /// <summary>Gets the code after the <c>using</c> lines.</summary>
    public string Code => string.Join('\n', Lines.SkipWhile(IsUsingOrBlank));

    public override string ToString() => $"{Doc}:{Line}";

    private static bool IsUsingOrBlank(string line)
    {
        var t = line.Trim();
        return t.Length == 0 || (t.StartsWith("using ", StringComparison.Ordinal) && t.EndsWith(';') && !t.Contains('(', StringComparison.Ordinal) && !t.StartsWith("using var ", StringComparison.Ordinal));
    }

    /// <summary>Reads every <c>```csharp</c> block of the doc at <paramref name="doc"/> (relative to <paramref name="root"/>).</summary>
    public static IReadOnlyList<DocSnippet> Read(string root, string doc)
    {
        var lines = File.ReadAllLines(Path.Combine(root, doc));
        var snippets = new List<DocSnippet>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() == "```csharp")
            {
                var end = Array.FindIndex(lines, i + 1, l => l.Trim() == "```");
                if (end < 0)
                {
                    throw new InvalidOperationException($"{doc}:{i + 1}: the ```csharp block is not closed");
                }

                snippets.Add(new DocSnippet(doc, snippets.Count, i + 2, lines[(i + 1)..end]));
                i = end;
            }
        }

        return snippets;
    }
}
