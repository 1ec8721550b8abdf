namespace Dalhaengi.Core.Serialization;

/// <summary>
/// What a data file may put in <c>$schema</c>: the format id (<c>dalhaengi.municipality/1</c>), or a path or URL of
/// the format's JSON Schema file (<c>../schemas/dalhaengi.municipality-1.schema.json</c>), which an editor such as
/// VS Code resolves to validate and complete the file. Both name the same format; any other value is rejected.
/// </summary>
internal static class SchemaReference
{
    /// <summary>The schema file name of a format id: <c>dalhaengi.municipality/1</c> → <c>dalhaengi.municipality-1.schema.json</c>.</summary>
    public static string FileName(string formatId) => formatId.Replace('/', '-') + ".schema.json";

    /// <summary>Whether <paramref name="value"/> names the format <paramref name="formatId"/>.</summary>
    public static bool Matches(string? value, string formatId)
    {
        if (value is null || string.Equals(value, formatId, StringComparison.Ordinal))
        {
            return true;
        }

        // The last segment of a relative path or URL, without a query or fragment.
        var end = value.AsSpan();
        var cut = end.IndexOfAny('?', '#');
        end = cut >= 0 ? end[..cut] : end;
        var slash = end.LastIndexOfAny('/', '\\');
        return end[(slash + 1)..].Equals(FileName(formatId), StringComparison.Ordinal);
    }
}
