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
    /// <remarks>A file with <c>extends</c> is an overlay and is resolved against the built-in rule sets; use
    /// <see cref="RiskRuleSetRegistry.Parse"/> to resolve against rule sets of your own.</remarks>
    public static RiskRuleSet Parse(string json, IndicatorCatalog? catalog = null, string source = "rules.json")
    {
        Guard.Against.Null(json);
        Guard.Against.NullOrWhiteSpace(source);
        var doc = Read(json, source);
        return doc.Extends is null
            ? FromDocument(doc, catalog ?? IndicatorCatalog.National, source)
            : new RiskRuleSetRegistry(catalog).Parse(json, source);
    }

    internal static RiskRuleSetDocument Read(string json, string source) =>
        DocumentReader.Deserialize(json, RiskRuleSetJsonContext.Default.RiskRuleSetDocument, source);

    /// <summary>Reads and validates a rule set from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The stream; read to its end and not closed.</param>
    /// <param name="catalog">The indicators the rule set may use; the national catalog when <see langword="null"/>.</param>
    /// <param name="source">The file name or other description of the input, used in error messages.</param>
    /// <returns>The validated rule set.</returns>
    /// <exception cref="DalhaengiValidationException">The JSON is malformed or the rule set is invalid.</exception>
    public static RiskRuleSet Load(Stream utf8Json, IndicatorCatalog? catalog = null, string source = "rules.json")
    {
        Guard.Against.Null(utf8Json);
        return Parse(DocumentReader.ReadText(utf8Json, source), catalog, source);
    }

    /// <summary>Writes a rule set as indented JSON text that <see cref="Parse"/> reads back to an equal rule set.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(RiskRuleSet ruleSet)
    {
        Guard.Against.Null(ruleSet);
        return DocumentWriter.Serialize(ToDocument(ruleSet), RiskRuleSetJsonContext.Default.RiskRuleSetDocument);
    }

    internal static RiskRuleSet FromDocument(RiskRuleSetDocument doc, IndicatorCatalog catalog, string source)
    {
        var r = new DocumentReader();
        RejectOverlayProperties(r, doc);
        if (!Dalhaengi.Core.Serialization.SchemaReference.Matches(doc.Schema, Schema))
        {
            r.Add("$.$schema", $"unsupported schema '{doc.Schema}'", $"this version reads '{Schema}' or a path to its schema file");
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

        var parameters = Parameters(r, doc.Parameters, "$.parameters");
        var lineage = new List<string>();
        for (var i = 0; i < (doc.Lineage?.Count ?? 0); i++)
        {
            if (r.Id(doc.Lineage![i], $"$.lineage[{i}]") is { } entry)
            {
                lineage.Add(entry);
            }
        }

        // The model is built without its own validation so that the validator can report structural and
        // catalog problems together with the shape problems above, all in one exception.
        var set = new RiskRuleSet(id, version, from, doc.Description ?? "", tiers, rules, flags, parameters, lineage, validate: false);
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

    private static List<RuleParameter> Parameters(DocumentReader r, List<ParameterDocument?>? docs, string listPath)
    {
        var parameters = new List<RuleParameter>();
        for (var i = 0; i < (docs?.Count ?? 0); i++)
        {
            if (Parameter(r, docs![i], $"{listPath}[{i}]") is { } parameter)
            {
                parameters.Add(parameter);
            }
        }

        return parameters;
    }

    private static RuleParameter? Parameter(DocumentReader r, ParameterDocument? d, string p)
    {
        if (d is null)
        {
            r.Add(p, "must not be null");
            return null;
        }

        var id = r.Id(d.Id, p + ".id");
        var through = r.Date(d.ConfirmedThrough, p + ".confirmedThrough", required: false);
        var values = new List<DatedValue<double>>();
        if (d.Values is null || d.Values.Count == 0)
        {
            r.Add(p + ".values", "is required", "list values keyed by start date, e.g. [{\"start\": \"2023-01-01\", \"value\": 20000000}]");
        }

        for (var j = 0; j < (d.Values?.Count ?? 0); j++)
        {
            var v = d.Values![j];
            var vp = $"{p}.values[{j}]";
            var start = r.Date(v?.Start, vp + ".start", required: true);
            if (v?.Value is null)
            {
                r.Add(vp + ".value", "is required", "give the number in the unit of the indicators that use it");
            }
            else if (start is { } s && values.Any(x => x.Start == s))
            {
                r.Add(vp + ".start", $"two values start on {DocumentReader.Format(s)}", "each start date may appear once");
            }
            else if (start is { } day)
            {
                values.Add(new DatedValue<double>(day, v.Value.Value));
            }
        }

        if (id is null || values.Count == 0 || values.Count != (d.Values?.Count ?? 0))
        {
            return null;
        }

        if (through is { } t && t < values.Max(v => v.Start))
        {
            r.Add(p + ".confirmedThrough", $"{DocumentReader.Format(t)} is before the last value's start", "confirm through a date on or after the last start");
            return null;
        }

        return new RuleParameter(id, d.Description ?? "", new DatedParameter<double>(values, through));
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
