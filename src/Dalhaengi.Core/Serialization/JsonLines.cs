using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Dalhaengi.Core.Serialization;

/// <summary>
/// Maps the JSON paths of a document (<c>$.sites[3].district</c>) to the 1-based line they start on, so a problem
/// found after deserialization can still point a person at the line to fix in their editor.
/// </summary>
internal sealed class JsonLines
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    private JsonLines()
    {
    }

    /// <summary>Indexes a document; text that is not valid JSON indexes as far as it can be read.</summary>
    public static JsonLines Index(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var index = new JsonLines();
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var path = new List<Segment>();
        var line = 1;
        var counted = 0;
        try
        {
            while (reader.Read())
            {
                var at = (int)reader.TokenStartIndex;
                line += bytes.AsSpan(counted, at - counted).Count((byte)'\n');
                counted = at;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        path[^1] = path[^1] with { Property = reader.GetString() };
                        index._lines.TryAdd(Format(path), line);
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        index.Element(path, line);
                        path.Add(new Segment(reader.TokenType == JsonTokenType.StartArray, -1, null));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        path.RemoveAt(path.Count - 1);
                        break;
                    default:
                        index.Element(path, line);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Malformed JSON is reported by the deserializer with its own line; keep what was indexed so far.
        }

        return index;
    }

    /// <summary>The line a path starts on, or of its nearest indexed parent; <see langword="null"/> when none is.</summary>
    public int? LineOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var p = path;
        while (p.Length > 0)
        {
            if (_lines.TryGetValue(p, out var line))
            {
                return line;
            }

            var cut = Math.Max(p.LastIndexOf('.'), p.LastIndexOf('['));
            if (cut <= 0)
            {
                break;
            }

            p = p[..cut];
        }

        return _lines.TryGetValue("$", out var root) ? root : null;
    }

    private void Element(List<Segment> path, int line)
    {
        if (path.Count == 0)
        {
            _lines.TryAdd("$", line);
            return;
        }

        if (path[^1].IsArray)
        {
            path[^1] = path[^1] with { Index = path[^1].Index + 1 };
            _lines.TryAdd(Format(path), line);
        }
    }

    private static string Format(List<Segment> path)
    {
        var sb = new StringBuilder("$");
        foreach (var s in path)
        {
            if (s.IsArray)
            {
                if (s.Index >= 0)
                {
                    sb.Append('[').Append(s.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
                }
            }
            else if (s.Property is not null)
            {
                sb.Append('.').Append(s.Property);
            }
        }

        return sb.ToString();
    }

    private readonly record struct Segment(bool IsArray, int Index, string? Property);
}
