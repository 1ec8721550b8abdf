using Dalhaengi.Core.Internal;
using Dalhaengi.Core.Serialization;

namespace Dalhaengi.Core.Calendar;

/// <summary>Reads the substitute-holiday era table (format <c>dalhaengi.substitute-rules/1</c>).</summary>
internal static class SubstituteRulesJson
{
    public const string Schema = "dalhaengi.substitute-rules/1";

    public const string EmbeddedPath = "calendar/substitute-rules.json";

    public static IReadOnlyList<SubstituteRule> LoadEmbedded() => Parse(EmbeddedData.ReadText(EmbeddedPath), EmbeddedPath);

    public static IReadOnlyList<SubstituteRule> Parse(string json, string source)
    {
        var doc = DocumentReader.Deserialize(json, CalendarJsonContext.Default.SubstituteRulesDocument, source);
        var r = new DocumentReader();
        // The format id, or a path to its schema file so that an editor validates the file (docs/schemas.md).
        if (doc.Schema is null || !SchemaReference.Matches(doc.Schema, Schema))
        {
            r.Add("$.$schema", $"unsupported schema '{doc.Schema}'", $"this version reads '{Schema}' or a path to {SchemaReference.FileName(Schema)}");
        }

        if (doc.Eras is null)
        {
            r.Add("$.eras", "is required", "list the eras of the substitute-holiday law");
        }

        var rules = new List<SubstituteRule>();
        for (var i = 0; i < (doc.Eras?.Count ?? 0); i++)
        {
            var p = $"$.eras[{i}]";
            if (doc.Eras![i] is not { } era)
            {
                r.Add(p, "must not be null");
                continue;
            }

            var from = r.Date(era.From, p + ".from", required: true);
            var until = r.Date(era.Until, p + ".until", required: false);
            var law = r.Required(era.Law, p + ".law");
            var holidays = Set<RegularHoliday>(r, era.Holidays, p + ".holidays");
            var triggers = Set<SubstituteTrigger>(r, era.Triggers, p + ".triggers");
            if (from is { } f && until is { } u && u < f)
            {
                r.Add(p + ".until", "must not be before 'from'");
            }

            if (from is not null && law is not null && holidays is not null && triggers is not null)
            {
                rules.Add(new SubstituteRule(from.Value, until, holidays, triggers, law));
            }
        }

        r.ThrowIfAny(source);
        return rules;
    }

    private static HashSet<T>? Set<T>(DocumentReader r, List<string?>? values, string path)
        where T : struct, Enum
    {
        if (values is null || values.Count == 0)
        {
            r.Add(path, "must list at least one value");
            return null;
        }

        var set = new HashSet<T>();
        var valid = true;
        for (var i = 0; i < values.Count; i++)
        {
            if (r.Enum<T>(values[i], $"{path}[{i}]") is { } value)
            {
                set.Add(value);
            }
            else
            {
                valid = false;
            }
        }

        return valid ? set : null;
    }
}
