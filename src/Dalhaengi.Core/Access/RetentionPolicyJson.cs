using Ardalis.GuardClauses;
using Dalhaengi.Core.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Dalhaengi.Core.Access;

/// <summary>Reads retention policies from JSON (format <c>dalhaengi.retention/1</c>).</summary>
/// <remarks>Periods are ISO 8601 (<c>P1Y</c>, <c>P6M</c>); data and actions kebab-case (<c>household-contact</c>, <c>pseudonymize</c>).</remarks>
public static class RetentionPolicyJson
{
    /// <summary>The format id accepted in <c>$schema</c>; a path ending in <c>dalhaengi.retention-1.schema.json</c> is accepted too.</summary>
    public const string Schema = "dalhaengi.retention/1";

    /// <summary>Parses a policy from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The file name or other description of the input, used in error messages.</param>
    /// <returns>The validated policy.</returns>
    /// <exception cref="DalhaengiValidationException">The JSON is malformed or the policy is invalid; every problem is listed with its JSON path.</exception>
    public static RetentionPolicy Parse(string json, string source = "retention.json")
    {
        Guard.Against.Null(json);
        Guard.Against.NullOrWhiteSpace(source);
        var doc = DocumentReader.Deserialize(json, AccessJsonContext.Default.RetentionPolicyDocument, source);
        var r = new DocumentReader();
        // The format id, or a path to its schema file so that an editor validates the file (docs/schemas.md).
        if (doc.Schema is null || !SchemaReference.Matches(doc.Schema, Schema))
        {
            r.Add("$.$schema", $"must be '{Schema}' or a path to {SchemaReference.FileName(Schema)}");
        }

        var id = r.Id(doc.Id, "$.id");
        var version = r.Required(doc.Version, "$.version");
        var rules = new List<RetentionRule>();
        if (doc.Rules is null)
        {
            r.Add("$.rules", "is required");
        }

        for (var i = 0; i < (doc.Rules?.Count ?? 0); i++)
        {
            var d = doc.Rules![i];
            var path = $"$.rules[{i}]";
            if (d is null)
            {
                r.Add(path, "must not be null");
                continue;
            }

            var data = r.Enum<RetentionData>(d.Data, path + ".data");
            var action = r.Enum<RetentionAction>(d.Action, path + ".action");
            var after = ReadPeriod(r, d.After, path + ".after");
            if (data is { } dt && action is { } a && after is not null)
            {
                rules.Add(new RetentionRule(dt, a, after));
            }
        }

        r.ThrowIfAny(source);
        try
        {
            return new RetentionPolicy(id!, version!, rules, doc.Sample);
        }
        catch (DalhaengiValidationException ex)
        {
            throw new DalhaengiValidationException(source, ex.Problems);
        }
    }

    /// <summary>Reads a policy from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The stream; read to its end and not closed.</param>
    /// <param name="source">The file name or other description of the input, used in error messages.</param>
    /// <returns>The validated policy.</returns>
    /// <exception cref="DalhaengiValidationException">The JSON is malformed or the policy is invalid.</exception>
    public static RetentionPolicy Load(Stream utf8Json, string source = "retention.json")
    {
        Guard.Against.Null(utf8Json);
        return Parse(DocumentReader.ReadText(utf8Json, source), source);
    }

    private static Period? ReadPeriod(DocumentReader r, string? value, string path)
    {
        if (r.Required(value, path) is not { } v)
        {
            return null;
        }

        var result = PeriodPattern.NormalizingIso.Parse(v);
        if (!result.Success || result.Value.HasTimeComponent || result.Value.Years < 0 || result.Value.Months < 0 || result.Value.Weeks < 0 || result.Value.Days < 0)
        {
            r.Add(path, $"'{v}' is not a retention period", "use ISO 8601 years, months, weeks or days, e.g. P1Y or P6M");
            return null;
        }

        return result.Value;
    }
}
