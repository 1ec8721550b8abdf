using Dalhaengi.Core.Internal;
using Dalhaengi.Core.Serialization;

namespace Dalhaengi.Core.Calendar;

/// <summary>Reads the statutory-election table (format <c>dalhaengi.statutory-elections/1</c>).</summary>
internal static class StatutoryElectionsJson
{
    public const string Schema = "dalhaengi.statutory-elections/1";

    public const string EmbeddedPath = "calendar/statutory-elections.json";

    public static IReadOnlyList<StatutoryElection> LoadEmbedded() => Parse(EmbeddedData.ReadText(EmbeddedPath), EmbeddedPath);

    public static IReadOnlyList<StatutoryElection> Parse(string json, string source)
    {
        var doc = DocumentReader.Deserialize(json, CalendarJsonContext.Default.StatutoryElectionsDocument, source);
        var r = new DocumentReader();
        // The format id, or a path to its schema file so that an editor validates the file (docs/schemas.md).
        if (doc.Schema is null || !SchemaReference.Matches(doc.Schema, Schema))
        {
            r.Add("$.$schema", $"unsupported schema '{doc.Schema}'", $"this version reads '{Schema}' or a path to {SchemaReference.FileName(Schema)}");
        }

        if (doc.Elections is null)
        {
            r.Add("$.elections", "is required", "list the term-expiry elections of 공직선거법 §34");
        }

        var result = new List<StatutoryElection>();
        for (var i = 0; i < (doc.Elections?.Count ?? 0); i++)
        {
            var p = $"$.elections[{i}]";
            if (doc.Elections![i] is not { } e)
            {
                r.Add(p, "must not be null");
                continue;
            }

            var key = r.Id(e.Key, p + ".key");
            var name = r.Name(e.Name, p + ".name");
            var termEnds = r.Date(e.TermEnds, p + ".termEnds", required: true);
            if (e.EveryYears is not (>= 1 and <= 10))
            {
                r.Add(p + ".everyYears", "must be 1 to 10");
            }

            if (e.DaysBefore is not (>= 1 and <= 365))
            {
                r.Add(p + ".daysBefore", "must be 1 to 365");
            }

            if (key is not null && name is not null && termEnds is not null && !r.HasProblems)
            {
                result.Add(new StatutoryElection(key, name.Value, termEnds.Value, e.EveryYears!.Value, e.DaysBefore!.Value));
            }
        }

        r.ThrowIfAny(source);
        return result;
    }
}
