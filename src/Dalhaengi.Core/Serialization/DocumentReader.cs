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
        try
        {
            return JsonSerializer.Deserialize(json, typeInfo)
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
        var known = typeInfo.Type.Assembly.GetType(typeName) is { } type && typeInfo.Options.TryGetTypeInfo(type, out var info)
            ? info.Properties.Select(p => p.Name).ToList()
            : [];
        var path = ex.Path ?? "$";
        var hint = known.Count == 0 ? null : Nearest.Hint(name, known, "known here: " + string.Join(", ", known));
        return new(path, $"unknown property '{name}'", hint);
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    /// <summary>Reads a whole UTF-8 (or BOM-marked) text stream, leaving it open for the caller to dispose.</summary>
    public static string ReadText(Stream utf8Json)
    {
        using var reader = new StreamReader(utf8Json, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return reader.ReadToEnd();
    }

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

        var ko = Required(value.Ko, path + ".ko");
        return ko is null ? null : GlossedName(ko, value.En, path);
    }

    /// <summary>The English gloss is optional where the Korean name suffices; given, it must not be blank.</summary>
    private BilingualName? GlossedName(string korean, string? english, string path)
    {
        if (english is null)
        {
            return new BilingualName(korean);
        }

        return Required(english, path + ".en") is { } en ? new BilingualName(korean, en) : null;
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

        var result = LocalDatePattern.Iso.Parse(v);
        if (!result.Success)
        {
            Add(path, $"'{v}' is not a date", "use ISO format yyyy-MM-dd, e.g. 2025-03-05");
            return null;
        }

        return result.Value;
    }

    public static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string FormatNumber(long value) => value.ToString(CultureInfo.InvariantCulture);
}
