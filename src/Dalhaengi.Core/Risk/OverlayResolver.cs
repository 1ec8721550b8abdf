using System.Text.RegularExpressions;

namespace Dalhaengi.Core.Risk;

/// <summary>
/// Applies an overlay's changes to its resolved base and validates the result, reporting every problem with the
/// path it has in the overlay file.
/// </summary>
/// <remarks>
/// Order of application: overrides (rules, red flags, tiers, parameters), then disables, then additions. Every
/// element remembers the overlay path it came from, so a validation problem of the resolved rule set
/// (<c>$.rules[31].when.indicator</c>) is reported where the user wrote it (<c>$.addRules[0].when.indicator</c>).
/// Problems in elements inherited unchanged from the base are reported at <c>$.extends</c>.
/// </remarks>
internal static partial class OverlayResolver
{
    private const string Inherited = "$.extends";

    internal static RiskRuleSet Apply(RiskRuleSet @base, RiskOverlay overlay, IndicatorCatalog catalog)
    {
        var problems = new List<ValidationProblem>();
        var rules = @base.Rules.Select(x => (Item: x, Origin: Inherited)).ToList();
        var flags = @base.RedFlags.Select(x => (Item: x, Origin: Inherited)).ToList();
        var tiers = @base.Tiers.Select(x => (Item: x, Origin: Inherited)).ToList();
        var parameters = @base.Parameters.Select(x => (Item: x, Origin: Inherited)).ToList();
        var baseName = @base.ToString();
        RejectRepeats("rule", overlay.OverrideRules.Select(x => (x.Path + ".id", x.Id)), problems);
        RejectRepeats("red flag", overlay.OverrideRedFlags.Select(x => (x.Path + ".id", x.Id)), problems);
        RejectRepeats("tier", overlay.OverrideTiers.Select(x => (x.Path + ".id", x.Id)), problems);
        RejectRepeats("parameter", overlay.OverrideParameters.Select(x => (x.Path + ".id", x.Parameter.Id)), problems);
        RejectRepeats("disabled element", overlay.Disable.Select(x => (x.Path, x.Id)), problems);

        foreach (var (path, id, description, points, when) in overlay.OverrideRules)
        {
            var i = rules.FindIndex(x => x.Item.Id == id);
            if (i < 0)
            {
                problems.Add(new(path + ".id", $"rule '{id}' is not in the base {baseName}", Known("rules", rules.Select(x => x.Item.Id))));
                continue;
            }

            var old = rules[i].Item;
            rules[i] = (new ScoringRule(id, description ?? old.Description, when ?? old.When, points ?? old.Points), path);
        }

        foreach (var (path, id, description, tier, when) in overlay.OverrideRedFlags)
        {
            var i = flags.FindIndex(x => x.Item.Id == id);
            if (i < 0)
            {
                problems.Add(new(path + ".id", $"red flag '{id}' is not in the base {baseName}", Known("red flags", flags.Select(x => x.Item.Id))));
                continue;
            }

            var old = flags[i].Item;
            flags[i] = (new RedFlag(id, description ?? old.Description, when ?? old.When, tier ?? old.MinimumTier), path);
        }

        foreach (var (path, id, name, minScore, action, days) in overlay.OverrideTiers)
        {
            var i = tiers.FindIndex(x => x.Item.Id == id);
            if (i < 0)
            {
                problems.Add(new(path + ".id", $"tier '{id}' is not in the base {baseName}", Known("tiers", tiers.Select(x => x.Item.Id))));
                continue;
            }

            var old = tiers[i].Item;
            tiers[i] = (new RiskTier(id, name ?? old.Name, minScore ?? old.MinScore, action ?? old.Action, days ?? old.ResponseDays), path);
        }

        foreach (var (path, parameter) in overlay.OverrideParameters)
        {
            var i = parameters.FindIndex(x => x.Item.Id == parameter.Id);
            if (i < 0)
            {
                problems.Add(new(path + ".id", $"parameter '{parameter.Id}' is not in the base {baseName}", "use addParameters for a new parameter"));
                continue;
            }

            var description = parameter.Description.Length == 0 ? parameters[i].Item.Description : parameter.Description;
            parameters[i] = (new RuleParameter(parameter.Id, description, parameter.Values), path);
        }

        foreach (var (path, id) in overlay.Disable)
        {
            var removed = rules.RemoveAll(x => x.Item.Id == id) + flags.RemoveAll(x => x.Item.Id == id);
            if (removed == 0)
            {
                problems.Add(new(path, $"'{id}' is not a rule or red flag of the base {baseName}", Known("rules and red flags", rules.Select(x => x.Item.Id).Concat(flags.Select(x => x.Item.Id)))));
            }
        }

        rules.AddRange(overlay.AddRules.Select(x => (x.Rule, x.Path)));
        flags.AddRange(overlay.AddRedFlags.Select(x => (x.Flag, x.Path)));
        parameters.AddRange(overlay.AddParameters.Select(x => (x.Parameter, x.Path)));

        var lineage = (@base.Lineage.Count > 0 ? @base.Lineage : [baseName]).Append(overlay.Key);
        var resolved = new RiskRuleSet(
            overlay.Id, overlay.Version, overlay.EffectiveFrom ?? @base.EffectiveFrom, overlay.Description ?? @base.Description,
            tiers.Select(x => x.Item), rules.Select(x => x.Item), flags.Select(x => x.Item), parameters.Select(x => x.Item), lineage, validate: false);

        var origins = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["rules"] = [.. rules.Select(x => x.Origin)],
            ["redFlags"] = [.. flags.Select(x => x.Origin)],
            ["tiers"] = [.. tiers.Select(x => x.Origin)],
            ["parameters"] = [.. parameters.Select(x => x.Origin)],
        };
        foreach (var problem in RiskRuleSetValidator.Validate(resolved, catalog))
        {
            var mapped = Map(problem, origins);
            if (!problems.Contains(mapped))
            {
                problems.Add(mapped);
            }
        }

        if (problems.Count > 0)
        {
            throw new DalhaengiValidationException(overlay.Source, problems);
        }

        return resolved;
    }

    private static ValidationProblem Map(ValidationProblem problem, Dictionary<string, string[]> origins)
    {
        var m = ElementPath().Match(problem.Path);
        if (!m.Success)
        {
            return problem;
        }

        var origin = origins[m.Groups[1].Value][int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)];
        return origin == Inherited
            ? problem with { Path = Inherited, Message = $"in the base at {problem.Path}: {problem.Message}" }
            : problem with { Path = origin + problem.Path[m.Length..] };
    }

    private static string Known(string what, IEnumerable<string> ids)
    {
        var list = ids.Take(12).ToList();
        return list.Count == 0 ? $"the base has no {what}" : $"the base has {what}: " + string.Join(", ", list) + (ids.Skip(12).Any() ? ", …" : "");
    }

    [GeneratedRegex(@"^\$\.(rules|redFlags|tiers|parameters)\[(\d+)\]")]
    private static partial Regex ElementPath();

    /// <summary>
    /// Reports an id changed twice by one overlay list: applying both in order would let the second silently win,
    /// which is the same defect as a duplicate JSON key.
    /// </summary>
    private static void RejectRepeats(string kind, IEnumerable<(string Path, string Id)> entries, List<ValidationProblem> problems)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, id) in entries)
        {
            if (!first.TryAdd(id, path))
            {
                problems.Add(new(path, $"{kind} '{id}' is changed more than once (first at {first[id]})", "merge the two entries into one"));
            }
        }
    }
}
