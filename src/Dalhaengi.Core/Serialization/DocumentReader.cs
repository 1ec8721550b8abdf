using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Dalhaengi.Core.Internal;
using NodaTime;
using NodaTime.Text;

namespace Dalhaengi.Core.Serialization;

/// <summary>
/// Shared helpers for turning a JSON document into domain values while collecting every problem
/// with its JSON path, so a file with several mistakes is reported in one pass.
/// </summary>
internal sealed class DocumentReader
{
    private readonly List<ValidationProblem> _problems = [];

    public IReadOnlyList<ValidationProblem> Problems => _problems;

    public bool HasProblems => _problems.Count > 0;

    /// <summary>Deserializes <paramref name="json"/>; malformed JSON becomes one problem with its path and line.</summary>
    public static T Deserialize<T>(string json, JsonTypeInfo<T> typeInfo, string source)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        RejectLossyDecoding(json, source);

        // One UTF-8 copy for both passes: System.Text.Json would otherwise transcode the string again.
        var utf8 = System.Text.Encoding.UTF8.GetBytes(json);
        RejectDuplicateKeys(utf8, source);
        try
        {
            return JsonSerializer.Deserialize(utf8, typeInfo)
                ?? throw new DalhaengiValidationException(source, [new("$", "the document is empty (null)")]);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (line {line + 1})" : string.Empty;
            if (UnknownProperty(ex, typeInfo) is { } unknown)
            {
                throw new DalhaengiValidationException(source, [unknown with { Message = unknown.Message + where }]);
            }

            var message = FirstSentence(ex.Message);
            throw new DalhaengiValidationException(source, [new(ex.Path ?? "$", message + where)]);
        }
    }

    /// <summary>
    /// Turns System.Text.Json's "could not be mapped to any .NET member contained in type 'X'" into words for the
    /// person editing the file: the unknown property and the nearest property that the object does have.
    /// </summary>
    private static ValidationProblem? UnknownProperty<T>(JsonException ex, JsonTypeInfo<T> typeInfo)
    {
        const string Marker = "could not be mapped to any .NET member contained in type '";
        var at = ex.Message.IndexOf(Marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var start = ex.Message.IndexOf('\'', StringComparison.Ordinal) + 1;
        var name = start > 0 ? ex.Message[start..ex.Message.IndexOf('\'', start)] : "?";
        var typeStart = at + Marker.Length;
        var typeName = ex.Message[typeStart..ex.Message.IndexOf('\'', typeStart)];
        var known = FindTypeInfo(typeInfo, typeName) is { } info ? info.Properties.Select(p => p.Name).ToList() : [];
        var path = ex.Path ?? "$";
        var hint = known.Count == 0 ? null : Nearest.Hint(name, known, "known here: " + string.Join(", ", known));
        return new(path, $"unknown property '{name}'", hint);
    }

    /// <summary>
    /// Finds the metadata of the document type named in an error by walking the document's own type graph (its
    /// properties and list elements), not by looking the name up in the assembly: trimming and Native AOT keep only
    /// what the source-generated context references, so a by-name lookup could find nothing there.
    /// </summary>
    private static JsonTypeInfo? FindTypeInfo(JsonTypeInfo root, string fullName)
    {
        var seen = new HashSet<Type>();
        var pending = new Queue<JsonTypeInfo>();
        pending.Enqueue(root);
        while (pending.Count > 0)
        {
            var info = pending.Dequeue();
            if (!seen.Add(info.Type))
            {
                continue;
            }

            if (string.Equals(info.Type.FullName, fullName, StringComparison.Ordinal))
            {
                return info;
            }

            var next = info.ElementType is { } element ? new[] { element } : info.Properties.Select(p => p.PropertyType);
            foreach (var type in next)
            {
                if (!seen.Contains(type) && info.Options.TryGetTypeInfo(type, out var child))
                {
                    pending.Enqueue(child);
                }
            }
        }

        return null;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    /// <summary>Reads a whole UTF-8 text stream strictly, leaving it open for the caller to dispose.</summary>
    /// <exception cref="DalhaengiValidationException">The stream is not UTF-8; the message names the likely encoding and how to convert it.</exception>
    public static string ReadText(Stream utf8Json, string source) => StrictUtf8.Read(utf8Json, source);

    public void Add(string path, string message, string? hint = null) => _problems.Add(new(path, message, hint));

    public void ThrowIfAny(string source)
    {
        if (_problems.Count > 0)
        {
            throw new DalhaengiValidationException(source, _problems);
        }
    }

    public string? Required(string? value, string path)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(path, "is required and must not be empty");
            return null;
        }

        // Every text field of every loader passes here; the value is not echoed so the error cannot leak it.
        if (ResidentNumber.IsIn(value))
        {
            Add(path, "holds what looks like a resident registration number (주민등록번호)", "remove it: these files never carry one");
            return null;
        }

        return value;
    }

    public string? Id(string? value, string path)
    {
        if (Required(value, path) is not { } v)
        {
            return null;
        }

        if (!Identifier.IsValid(v))
        {
            Add(path, $"'{v}' is not a valid identifier", $"use 1 to {Identifier.MaxLength} ASCII letters, digits, '.', '-', '_' or '@'");
            return null;
        }

        return v;
    }

    public BilingualName? Name(Geography.NameDocument? value, string path)
    {
        if (value is null)
        {
            Add(path, "is required", "give {\"ko\": \"…\"} and, if you like, an English gloss \"en\"");
            return null;
        }

        var ko = NoControl(Required(value.Ko, path + ".ko"), path + ".ko");
        return ko is null ? null : GlossedName(ko, value.En, path);
    }

    /// <summary>The English gloss is optional where the Korean name suffices; given, it must not be blank.</summary>
    private BilingualName? GlossedName(string korean, string? english, string path)
    {
        if (english is null)
        {
            return new BilingualName(korean);
        }

        return NoControl(Required(english, path + ".en"), path + ".en") is { } en ? new BilingualName(korean, en) : null;
    }

    private string? NoControl(string? value, string path)
    {
        if (value is not null && value.Any(char.IsControl))
        {
            Add(path, "holds a control character (a tab or line break)", "write the name on one line without tabs");
            return null;
        }

        return value;
    }

    /// <summary>Parses a kebab-case enum name such as <c>village-hall</c>.</summary>
    public TEnum? Enum<TEnum>(string? value, string path)
        where TEnum : struct, Enum
    {
        if (Required(value, path) is not { } v)
        {
            return null;
        }

        foreach (var candidate in System.Enum.GetValues<TEnum>())
        {
            if (string.Equals(KebabCase.Of(candidate.ToString()), v, StringComparison.Ordinal))
            {
                return candidate;
            }
        }

        Add(path, $"'{v}' is not a known value", "use one of: " + string.Join(", ", System.Enum.GetNames<TEnum>().Select(KebabCase.Of)));
        return null;
    }

    public LocalDate? Date(string? value, string path, bool required)
    {
        if (value is null && !required)
        {
            return null;
        }

        if (Required(value, path) is not { } v)
        {
            return null;
        }

        if (!IsoDate.TryParse(v, out var date))
        {
            Add(path, $"'{v}' is not a date", "use ISO format yyyy-MM-dd, e.g. 2025-03-05");
            return null;
        }

        return date;
    }

    public static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string FormatNumber(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Refuses text that already went through a lossy decoding (U+FFFD, the replacement character), which is what a
    /// CP949 file read as UTF-8 looks like.
    /// </summary>
    private static void RejectLossyDecoding(string json, string source)
    {
        var at = json.IndexOf('\uFFFD', StringComparison.Ordinal);
        if (at >= 0)
        {
            var line = 1 + json.AsSpan(0, at).Count('\n');
            throw new DalhaengiValidationException(source, [new("$",
                $"the text holds U+FFFD replacement characters (first on line {line}): it was decoded from a file that is not UTF-8, probably CP949/EUC-KR",
                "convert the file to UTF-8, e.g. iconv -f cp949 -t utf-8 in.json > out.json, and read it as UTF-8")]);
        }
    }

    /// <summary>
    /// Refuses an object that names the same key twice (<c>"points": 25, "points": 99</c>, which System.Text.Json
    /// would otherwise resolve silently in favour of the last), any string anywhere in the file (read by a loader or
    /// not) that holds a resident registration number (never echoed), and an unpaired UTF-16 surrogate escape
    /// (<c>"\ud800"</c>, which would otherwise become U+FFFD or an exception); reports every finding with its JSON path.
    /// </summary>
    /// <remarks>Malformed JSON is left to <see cref="Deserialize"/>, which reports it with its line.</remarks>
    internal static void RejectDuplicateKeys(ReadOnlySpan<byte> utf8Json, string source)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        });
        var frames = new Stack<JsonFrame>();
        var problems = new List<ValidationProblem>();
        string? name = null;
        var buffer = new char[256];
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        name = reader.GetString()!;
                        var frame = frames.Peek();
                        RejectResidentNumber(name, frame.Path, problems);
                        if (!frame.Keys!.Add(name))
                        {
                            problems.Add(new(frame.Path + "." + name, $"the key '{name}' appears more than once in this object; only one value may be given", "remove the extra key"));
                        }

                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        var path = frames.Count == 0 ? "$" : ChildPath(frames.Peek(), name);
                        frames.Push(new JsonFrame(path, reader.TokenType == JsonTokenType.StartObject ? new HashSet<string>(StringComparer.Ordinal) : null));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.Pop();
                        break;
                    default:
                        // The value is checked where it lies (no string per value) and its path is built only
                        // for a finding: this scan reads every value of the file, most of them never reported.
                        if (reader.TokenType == JsonTokenType.String && HoldsResidentNumber(ref reader, ref buffer))
                        {
                            problems.Add(new(frames.Count == 0 ? "$" : CurrentPath(frames.Peek(), name), "holds what looks like a resident registration number (주민등록번호)", "remove it: these files never carry one"));
                        }

                        if (frames.Count > 0 && frames.Peek().Keys is null)
                        {
                            frames.Peek().Index++;
                        }

                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Reported by Deserialize with its path and line.
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json refuses to unescape an unpaired surrogate with InvalidOperationException, not a
            // JsonException: a mistake in the file, so it is reported like one.
            var line = 1 + utf8Json[..(int)Math.Min(reader.BytesConsumed, utf8Json.Length)].Count((byte)'\n');
            problems.Add(new(
                frames.Count == 0 ? "$" : CurrentPath(frames.Peek(), name),
                $"a string holds an unpaired UTF-16 surrogate escape (\\uD800–\\uDFFF without its pair) (line {line})",
                "remove the escape, or write the character itself in UTF-8"));
        }

        if (problems.Count > 0)
        {
            throw new DalhaengiValidationException(source, problems);
        }
    }

    private static bool HoldsResidentNumber(ref Utf8JsonReader reader, ref char[] buffer)
    {
        var longest = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        if (longest < 13 && !reader.ValueIsEscaped)
        {
            // Unescaping never lengthens a value: fewer than 13 bytes cannot hold the 13 digits of a number. An
            // escaped value is still unescaped, so an unpaired surrogate escape is found wherever it is.
            return false;
        }

        if (buffer.Length < longest)
        {
            buffer = new char[longest];
        }

        var length = reader.CopyString(buffer);
        return ResidentNumber.IsIn(buffer.AsSpan(0, length));
    }

    private static void RejectResidentNumber(string text, string path, List<ValidationProblem> problems)
    {
        if (ResidentNumber.IsIn(text))
        {
            problems.Add(new(path, "holds what looks like a resident registration number (주민등록번호)", "remove it: these files never carry one"));
        }
    }

    private static string CurrentPath(JsonFrame parent, string? name) =>
        parent.Keys is not null ? parent.Path + "." + name : $"{parent.Path}[{parent.Index}]";

    private static string ChildPath(JsonFrame parent, string? name)
    {
        if (parent.Keys is not null)
        {
            return parent.Path + "." + name;
        }

        return $"{parent.Path}[{parent.Index++}]";
    }

    /// <summary>An object (with the keys seen so far) or an array (with the index of its next element) being read.</summary>
    private sealed class JsonFrame(string path, HashSet<string>? keys)
    {
        public string Path { get; } = path;

        public HashSet<string>? Keys { get; } = keys;

        public int Index { get; set; }
    }
}
