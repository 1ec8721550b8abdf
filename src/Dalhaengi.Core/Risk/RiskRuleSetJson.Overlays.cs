using Dalhaengi.Core.Serialization;

namespace Dalhaengi.Core.Risk;

// Overlays: a file with "extends" lists only changes to its base (docs/rule-format.md, "Overlays").
public static partial class RiskRuleSetJson
{
    private static readonly string OverlayHint = "an overlay lists only changes: use disable, overrideRules, addRules, overrideRedFlags, addRedFlags, overrideTiers, overrideParameters, addParameters";

    internal static RiskOverlay ReadOverlay(RiskRuleSetDocument doc, string source)
    {
        var r = new DocumentReader();
        if (!Dalhaengi.Core.Serialization.SchemaReference.Matches(doc.Schema, Schema))
        {
            r.Add("$.$schema", $"unsupported schema '{doc.Schema}'", $"this version reads '{Schema}' or a path to its schema file");
        }

        var id = r.Id(doc.Id, "$.id") ?? "";
        var version = r.Id(doc.Version, "$.version") ?? "";
        var extends = r.Id(doc.Extends, "$.extends") ?? "";
        var from = r.Date(doc.EffectiveFrom, "$.effectiveFrom", required: false);
        Forbid(r, doc.Tiers, "$.tiers", "an overlay cannot list tiers", "use overrideTiers to change a tier of the base");
        Forbid(r, doc.Rules, "$.rules", "an overlay cannot list rules", OverlayHint);
        Forbid(r, doc.RedFlags, "$.redFlags", "an overlay cannot list red flags", OverlayHint);
        Forbid(r, doc.Parameters, "$.parameters", "an overlay cannot list parameters", OverlayHint);
        Forbid(r, doc.Lineage, "$.lineage", "an overlay cannot state its lineage", "it is recorded when the overlay is resolved");

        var disable = new List<(string, string)>();
        for (var i = 0; i < (doc.Disable?.Count ?? 0); i++)
        {
            if (r.Id(doc.Disable![i], $"$.disable[{i}]") is { } d)
            {
                disable.Add(($"$.disable[{i}]", d));
            }
        }

        var overrideRules = new List<(string, string, string?, int?, RiskCondition?)>();
        for (var i = 0; i < (doc.OverrideRules?.Count ?? 0); i++)
        {
            var p = $"$.overrideRules[{i}]";
            if (doc.OverrideRules![i] is not { } d)
            {
                r.Add(p, "must not be null");
            }
            else if (r.Id(d.Id, p + ".id") is { } ruleId)
            {
                overrideRules.Add((p, ruleId, d.Description, d.Points, d.When is null ? null : Condition(r, d.When, p + ".when")));
            }
        }

        var addRules = new List<(string, ScoringRule)>();
        for (var i = 0; i < (doc.AddRules?.Count ?? 0); i++)
        {
            var p = $"$.addRules[{i}]";
            if (doc.AddRules![i] is not { } d)
            {
                r.Add(p, "must not be null");
                continue;
            }

            var points = Required(r, d.Points, p + ".points", "give the points the rule adds");
            addRules.Add((p, new ScoringRule(d.Id ?? "", d.Description ?? "", Condition(r, d.When, p + ".when"), points ?? 0)));
        }

        var overrideFlags = new List<(string, string, string?, string?, RiskCondition?)>();
        for (var i = 0; i < (doc.OverrideRedFlags?.Count ?? 0); i++)
        {
            var p = $"$.overrideRedFlags[{i}]";
            if (doc.OverrideRedFlags![i] is not { } d)
            {
                r.Add(p, "must not be null");
            }
            else if (r.Id(d.Id, p + ".id") is { } flagId)
            {
                overrideFlags.Add((p, flagId, d.Description, d.MinimumTier, d.When is null ? null : Condition(r, d.When, p + ".when")));
            }
        }

        var addFlags = new List<(string, RedFlag)>();
        for (var i = 0; i < (doc.AddRedFlags?.Count ?? 0); i++)
        {
            var p = $"$.addRedFlags[{i}]";
            if (doc.AddRedFlags![i] is not { } d)
            {
                r.Add(p, "must not be null");
                continue;
            }

            var tier = r.Required(d.MinimumTier, p + ".minimumTier");
            addFlags.Add((p, new RedFlag(d.Id ?? "", d.Description ?? "", Condition(r, d.When, p + ".when"), tier ?? "")));
        }

        var tiers = new List<(string, string, BilingualName?, int?, string?, int?)>();
        for (var i = 0; i < (doc.OverrideTiers?.Count ?? 0); i++)
        {
            var p = $"$.overrideTiers[{i}]";
            if (doc.OverrideTiers![i] is not { } d)
            {
                r.Add(p, "must not be null");
            }
            else if (r.Id(d.Id, p + ".id") is { } tierId)
            {
                tiers.Add((p, tierId, d.Name is null ? null : r.Name(d.Name, p + ".name"), d.MinScore, d.Action, d.ResponseDays));
            }
        }

        var overrideParameters = Located(r, doc.OverrideParameters, "$.overrideParameters");
        var addParameters = Located(r, doc.AddParameters, "$.addParameters");
        r.ThrowIfAny(source);
        return new RiskOverlay(source, id, version, extends, from, doc.Description, disable, overrideRules, addRules, overrideFlags, addFlags, tiers, overrideParameters, addParameters);
    }

    private static void RejectOverlayProperties(DocumentReader r, RiskRuleSetDocument doc)
    {
        const string Hint = "add \"extends\": \"<base id>@<version>\" to make the file an overlay, or write the rule set out in full";
        Forbid(r, doc.Disable, "$.disable", "only an overlay can disable rules", Hint);
        Forbid(r, doc.OverrideRules, "$.overrideRules", "only an overlay can override rules", Hint);
        Forbid(r, doc.AddRules, "$.addRules", "only an overlay can add rules", "list them under \"rules\"");
        Forbid(r, doc.OverrideRedFlags, "$.overrideRedFlags", "only an overlay can override red flags", Hint);
        Forbid(r, doc.AddRedFlags, "$.addRedFlags", "only an overlay can add red flags", "list them under \"redFlags\"");
        Forbid(r, doc.OverrideTiers, "$.overrideTiers", "only an overlay can override tiers", Hint);
        Forbid(r, doc.OverrideParameters, "$.overrideParameters", "only an overlay can override parameters", Hint);
        Forbid(r, doc.AddParameters, "$.addParameters", "only an overlay can add parameters", "list them under \"parameters\"");
    }

    private static List<(string, RuleParameter)> Located(DocumentReader r, List<ParameterDocument?>? docs, string listPath)
    {
        var result = new List<(string, RuleParameter)>();
        for (var i = 0; i < (docs?.Count ?? 0); i++)
        {
            var p = $"{listPath}[{i}]";
            if (Parameter(r, docs![i], p) is { } parameter)
            {
                result.Add((p, parameter));
            }
        }

        return result;
    }
}
