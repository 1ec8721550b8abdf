using System.Text.Json;
using Ardalis.GuardClauses;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Serialization;

namespace Dalhaengi.Core.Risk;

/// <summary>Reads and writes risk rule sets as JSON (format <c>dalhaengi.risk-rules/1</c>, documented in <c>docs/rule-format.md</c>).</summary>
/// <remarks>
/// Reading validates the whole file against an indicator catalog and reports every problem at once with its JSON
/// path and a fix hint; an invalid file never yields a rule set. Unknown properties are rejected so a typo is not
/// silently ignored. Dates are ISO (<c>2025-01-01</c>); enum values kebab-case (<c>lives-alone-aged65-plus</c>).
/// </remarks>
public static partial class RiskRuleSetJson
{
    /// <summary>The schema identifier written to and accepted in <c>$schema</c>.</summary>
    public const string Schema = "dalhaengi.risk-rules/1";

    /// <summary>Parses and validates a rule set.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="catalog">The indicators the rule set may use; <see cref="IndicatorCatalog.National"/> when <see langword="null"/>.</param>
    /// <param name="source">The file name or other description of the input, used in error messages.</param>
    /// <returns>The validated rule set.</returns>
    /// <exception cref="DalhaengiValidationException">The JSON is malformed or the rule set is invalid; every problem is listed.</exception>
    public static RiskRuleSet Parse(string json, IndicatorCatalog? catalog = null, string source = "rules.json")
    {
        Guard.Against.Null(json);
        Guard.Against.NullOrWhiteSpace(source);
        var doc = DocumentReader.Deserialize(json, RiskRuleSetJsonContext.Default.RiskRuleSetDocument, source);
        return FromDocument(doc, catalog ?? IndicatorCatalog.National, source);
    }

    /// <summary>Reads and validates a rule set from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The stream; read to its end and not closed.</param>
    /// <param name="catalog">The indicators the rule set may use; the national catalog when <see langword="null"/>.</param>
    /// <param name="source">The file name or other description of the input, used in error messages.</param>
    /// <returns>The validated rule set.</returns>
    /// <exception cref="DalhaengiValidationException">The JSON is malformed or the rule set is invalid.</exception>
    public static RiskRuleSet Load(Stream utf8Json, IndicatorCatalog? catalog = null, string source = "rules.json")
    {
        Guard.Against.Null(utf8Json);
        using var reader = new StreamReader(utf8Json, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return Parse(reader.ReadToEnd(), catalog, source);
    }

    /// <summary>Writes a rule set as indented JSON text that <see cref="Parse"/> reads back to an equal rule set.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(RiskRuleSet ruleSet)
    {
        Guard.Against.Null(ruleSet);
        return JsonSerializer.Serialize(ToDocument(ruleSet), RiskRuleSetJsonContext.Default.RiskRuleSetDocument);
    }

    private static RiskRuleSet FromDocument(RiskRuleSetDocument doc, IndicatorCatalog catalog, string source)
    {
        var r = new DocumentReader();
        if (doc.Schema is not null && !string.Equals(doc.Schema, Schema, StringComparison.Ordinal))
        {
            r.Add("$.$schema", $"unsupported schema '{doc.Schema}'", $"this version reads '{Schema}'");
        }

        var id = r.Id(doc.Id, "$.id") ?? "";
        var version = r.Id(doc.Version, "$.version") ?? "";
        var from = r.Date(doc.EffectiveFrom, "$.effectiveFrom", required: true) ?? default;

        var tiers = new List<RiskTier>();
        if (doc.Tiers is null)
        {
            r.Add("$.tiers", "is required", "list tiers from lowest to highest, e.g. low 0, medium 20, high 40, urgent 70");
        }

        for (var i = 0; i < (doc.Tiers?.Count ?? 0); i++)
        {
            var t = doc.Tiers![i];
            var p = $"$.tiers[{i}]";
            if (t is null)
            {
                r.Add(p, "must not be null");
                continue;
            }

            var name = r.Name(t.Name, p + ".name");
            var min = Required(r, t.MinScore, p + ".minScore", "give the lowest score of the tier");
            var days = Required(r, t.ResponseDays, p + ".responseDays", "give the response deadline in days, 0 for the same day");
            tiers.Add(new RiskTier(t.Id ?? "", name ?? default, min ?? 0, t.Action ?? "", days ?? 0));
        }

        var rules = new List<ScoringRule>();
        for (var i = 0; i < (doc.Rules?.Count ?? 0); i++)
        {
            var d = doc.Rules![i];
            var p = $"$.rules[{i}]";
            if (d is null)
            {
                r.Add(p, "must not be null");
                continue;
            }

            var points = Required(r, d.Points, p + ".points", "give the points the rule adds");
            rules.Add(new ScoringRule(d.Id ?? "", d.Description ?? "", Condition(r, d.When, p + ".when"), points ?? 0));
        }

        var flags = new List<RedFlag>();
        for (var i = 0; i < (doc.RedFlags?.Count ?? 0); i++)
        {
            var d = doc.RedFlags![i];
            var p = $"$.redFlags[{i}]";
            if (d is null)
            {
                r.Add(p, "must not be null");
                continue;
            }

            var tier = r.Required(d.MinimumTier, p + ".minimumTier");
            flags.Add(new RedFlag(d.Id ?? "", d.Description ?? "", Condition(r, d.When, p + ".when"), tier ?? (tiers.Count > 0 ? tiers[^1].Id : "")));
        }

        // The model is built without its own validation so that the validator can report structural and
        // catalog problems together with the shape problems above, all in one exception.
        var set = new RiskRuleSet(id, version, from, doc.Description ?? "", tiers, rules, flags, validate: false);
        foreach (var problem in RiskRuleSetValidator.Validate(set, catalog))
        {
            if (!r.Problems.Any(p => p.Path == problem.Path))
            {
                r.Add(problem.Path, problem.Message, problem.Hint);
            }
        }

        r.ThrowIfAny(source);
        return set;
    }

    private static int? Required(DocumentReader r, int? value, string path, string hint)
    {
        if (value is null)
        {
            r.Add(path, "is required", hint);
        }

        return value;
    }

    // A placeholder for a condition that could not be read: it validates cleanly, so that only the real
    // problem is reported, and never escapes because the reader then throws.
    private static HouseholdCondition Placeholder => new(HouseholdPredicate.LivesAlone);
}
