using System.Globalization;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Risk;

/// <summary>
/// Checks a rule set as a whole and names every problem by the JSON path it has in a rule file, so the same
/// messages serve a file and a rule set built in code.
/// </summary>
internal static class RiskRuleSetValidator
{
    internal const int MinPoints = -100;
    internal const int MaxPoints = 100;

    /// <summary>Validates; with a catalog also checks every indicator reference against it.</summary>
    internal static List<ValidationProblem> Validate(RiskRuleSet set, IndicatorCatalog? catalog)
    {
        var problems = new List<ValidationProblem>();
        void Add(string path, string message, string? hint = null) => problems.Add(new(path, message, hint));

        if (!Identifier.IsValid(set.Id))
        {
            Add("$.id", $"{Identifier.Quote(set.Id)} is not a valid rule set id", "use letters, digits, '.', '-', '_', e.g. kr.national-outreach");
        }

        if (!Identifier.IsValid(set.Version))
        {
            Add("$.version", $"{Identifier.Quote(set.Version)} is not a valid version", "use letters, digits and '.', e.g. 2025.1");
        }

        if (set.Rules.Count == 0 && set.RedFlags.Count == 0)
        {
            Add("$.rules", "the rule set is empty: it has no scoring rules and no red flags", "add at least one rule");
        }

        ValidateTiers(set, Add);
        ValidateParameters(set, Add);

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < set.Rules.Count; i++)
        {
            var rule = set.Rules[i];
            var p = $"$.rules[{i}]";
            CheckId(rule.Id, p + ".id", ids, Add);
            if (rule.Points is < MinPoints or > MaxPoints)
            {
                Add(p + ".points", $"weight {rule.Points} is out of range", $"use a whole number from {MinPoints} to {MaxPoints}");
            }

            ValidateCondition(rule.When, p + ".when", set, catalog, Add);
        }

        for (var i = 0; i < set.RedFlags.Count; i++)
        {
            var flag = set.RedFlags[i];
            var p = $"$.redFlags[{i}]";
            CheckId(flag.Id, p + ".id", ids, Add);
            if (set.IndexOfTier(flag.MinimumTier) < 0)
            {
                Add(p + ".minimumTier", $"red flag '{flag.Id}' names unknown tier '{flag.MinimumTier}'", "use one of: " + string.Join(", ", set.Tiers.Select(t => t.Id)));
            }

            ValidateCondition(flag.When, p + ".when", set, catalog, Add);
        }

        return problems;
    }

    private static void ValidateTiers(RiskRuleSet set, Action<string, string, string?> add)
    {
        if (set.Tiers.Count == 0)
        {
            add("$.tiers", "there are no tiers", "list tiers from lowest to highest, e.g. low 0, medium 20, high 40, urgent 70");
            return;
        }

        var tierIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < set.Tiers.Count; i++)
        {
            var t = set.Tiers[i];
            var p = $"$.tiers[{i}]";
            if (!Identifier.IsValid(t.Id))
            {
                add(p + ".id", $"{Identifier.Quote(t.Id)} is not a valid tier id", "use letters, digits, '-', e.g. urgent");
            }
            else if (!tierIds.Add(t.Id))
            {
                add(p + ".id", $"duplicate tier id '{t.Id}'", "give each tier its own id");
            }

            if (t.Name == default)
            {
                add(p + ".name", "is required", "give {\"ko\": \"…\", \"en\": \"…\"}");
            }

            if (string.IsNullOrWhiteSpace(t.Action))
            {
                add(p + ".action", "is required", "say what the team should do, e.g. visit within 7 days");
            }

            if (t.ResponseDays < 0)
            {
                add(p + ".responseDays", $"{t.ResponseDays} is negative", "use 0 for the same day");
            }

            if (i > 0 && t.MinScore <= set.Tiers[i - 1].MinScore)
            {
                add(p + ".minScore", $"tier '{t.Id}' starts at {t.MinScore}, not above '{set.Tiers[i - 1].Id}' at {set.Tiers[i - 1].MinScore}",
                    "list tiers from lowest to highest with strictly increasing minScore");
            }
        }
    }

    private static void ValidateParameters(RiskRuleSet set, Action<string, string, string?> add)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < set.Parameters.Count; i++)
        {
            var parameter = set.Parameters[i];
            var p = $"$.parameters[{i}]";
            if (!Identifier.IsValid(parameter.Id))
            {
                add(p + ".id", $"{Identifier.Quote(parameter.Id)} is not a valid parameter id", "use letters, digits, '.', '-', '_', e.g. financial-arrears-max");
            }
            else if (!ids.Add(parameter.Id))
            {
                add(p + ".id", $"duplicate parameter id '{parameter.Id}'", "give each parameter its own id");
            }

            if (parameter.Values.FirstStart > set.EffectiveFrom)
            {
                add(p + ".values[0].start", $"parameter '{parameter.Id}' has no value on the rule set's effectiveFrom {Date(set.EffectiveFrom)}",
                    $"add a value starting on or before {Date(set.EffectiveFrom)}");
            }

            if (parameter.Values.Values.Any(v => !double.IsFinite(v.Value)))
            {
                add(p + ".values", "every value must be a finite number", null);
            }
        }
    }

    private static void CheckId(string id, string path, HashSet<string> ids, Action<string, string, string?> add)
    {
        if (!Identifier.IsValid(id))
        {
            add(path, $"{Identifier.Quote(id)} is not a valid rule id", "use 1 to 64 letters, digits, '.', '-', '_'");
        }
        else if (!ids.Add(id))
        {
            add(path, $"duplicate rule id '{id}'", "rule and red-flag ids must be unique within a rule set");
        }
    }

    private static void ValidateCondition(RiskCondition condition, string path, RiskRuleSet set, IndicatorCatalog? catalog, Action<string, string, string?> add)
    {
        switch (condition)
        {
            case PresentCondition c:
                CheckIndicator(c.Indicator, path, set, catalog, add);
                CheckWindow(c.WithinDays, path, add);
                break;
            case ComparisonCondition c:
                CheckComparison(c, path, set, catalog, add);
                CheckWindow(c.WithinDays, path, add);
                break;
            case HouseholdCondition:
                break;
            case AsOfMonthCondition c:
                if (c.Months.Count == 0)
                {
                    add(path + ".months", "lists no month", "give months 1 to 12, e.g. [11, 12, 1, 2, 3] for winter");
                }

                for (var i = 0; i < c.Months.Count; i++)
                {
                    if (c.Months[i] is < 1 or > 12)
                    {
                        add($"{path}.months[{i}]", $"{c.Months[i]} is not a month", "use 1 (January) to 12 (December)");
                    }
                }

                break;
            case AllCondition c:
                Children(c.Conditions, "all", path, set, catalog, add);
                break;
            case AnyCondition c:
                Children(c.Conditions, "any", path, set, catalog, add);
                break;
            case AtLeastCondition c:
                Children(c.Conditions, "at-least", path, set, catalog, add);
                if (c.Count < 1 || c.Count > c.Conditions.Count)
                {
                    add(path + ".count", $"at least {c.Count} of {c.Conditions.Count} conditions can never be meaningful",
                        $"use a count from 1 to {Math.Max(1, c.Conditions.Count)}");
                }

                break;
        }
    }

    private static void Children(IReadOnlyList<RiskCondition> children, string kind, string path, RiskRuleSet set, IndicatorCatalog? catalog, Action<string, string, string?> add)
    {
        if (children.Count == 0)
        {
            add(path + ".conditions", $"'{kind}' combines no conditions", "list at least one condition");
        }

        for (var i = 0; i < children.Count; i++)
        {
            ValidateCondition(children[i], $"{path}.conditions[{i}]", set, catalog, add);
        }
    }

    private static void CheckWindow(int? withinDays, string path, Action<string, string, string?> add)
    {
        if (withinDays is < 0)
        {
            add(path + ".withinDays", $"{withinDays} is negative", "give the number of days before the as-of date, 0 for the same day");
        }
    }

    private static IndicatorDefinition? CheckIndicator(IndicatorCode code, string path, RiskRuleSet set, IndicatorCatalog? catalog, Action<string, string, string?> add)
    {
        if (catalog is null)
        {
            return null;
        }

        if (catalog.Find(code) is not { } def)
        {
            var family = code.Value.Split('.')[0];
            var near = catalog.Indicators.Where(d => d.Code.Value.StartsWith(family + ".", StringComparison.Ordinal) || d.Code.Value == family).Select(d => d.Code.Value).Take(5).ToList();
            add(path + ".indicator", $"unknown indicator '{code}'",
                near.Count > 0 ? "did you mean one of: " + string.Join(", ", near) : "use a code from the indicator catalog, or add the indicator to the catalog");
            return null;
        }

        if (def.EffectiveFrom > set.EffectiveFrom)
        {
            add(path + ".indicator", $"indicator '{code}' is in use only from {Date(def.EffectiveFrom)}, after the rule set's effectiveFrom {Date(set.EffectiveFrom)}",
                $"set effectiveFrom on or after {Date(def.EffectiveFrom)}, or drop the indicator");
        }
        else if (def.EffectiveTo is { } to && to < set.EffectiveFrom)
        {
            add(path + ".indicator", $"indicator '{code}' was retired on {Date(to)}, before the rule set's effectiveFrom", "use its replacement");
        }

        return def;
    }

    private static void CheckComparison(ComparisonCondition c, string path, RiskRuleSet set, IndicatorCatalog? catalog, Action<string, string, string?> add)
    {
        if (!double.IsFinite(c.Value) || (c.Maximum is { } mx && !double.IsFinite(mx)))
        {
            add(path + ".value", "the threshold must be a finite number", null);
            return;
        }

        var isBetween = c.Operator == ComparisonOperator.Between;
        var lowName = isBetween ? "min" : "value";
        var parametersOk = CheckParameter(c.ValueParameter, $"{path}.{lowName}Parameter", set, add);
        parametersOk &= CheckParameter(c.MaximumParameter, path + ".maxParameter", set, add);
        if (c.MaximumParameter is not null && !isBetween)
        {
            add(path + ".maxParameter", "only 'between' takes a maximum", "remove maxParameter, or use op 'between'");
            return;
        }

        if (isBetween)
        {
            if (c.Maximum is not { } max)
            {
                if (c.MaximumParameter is null)
                {
                    add(path + ".max", "'between' needs a maximum", "give min and max, both inclusive");
                }
            }
            else if (c.ValueParameter is null && max < c.Value)
            {
                add(path + ".max", $"the maximum {Num(max)} is below the minimum {Num(c.Value)}", "swap min and max");
            }
        }
        else if (c.Maximum is not null)
        {
            add(path + ".max", "only 'between' takes a maximum", "remove max, or use op 'between'");
        }

        if (CheckIndicator(c.Indicator, path, set, catalog, add) is not { } def)
        {
            return;
        }

        if (def.Kind == IndicatorKind.Flag)
        {
            add(path + ".op", $"indicator '{def.Code}' is a flag and has no value to compare", "use kind 'present' for a flag");
            return;
        }

        var bounds = new List<(double Value, string Name)>();
        if (c.ValueParameter is null)
        {
            bounds.Add((c.Value, lowName));
        }
        else if (parametersOk)
        {
            bounds.AddRange(set.FindParameter(c.ValueParameter)!.Values.Values.Select(v => (v.Value, lowName + "Parameter")));
        }

        if (isBetween && c.MaximumParameter is null && c.Maximum is { } upper)
        {
            bounds.Add((upper, "max"));
        }
        else if (isBetween && c.MaximumParameter is { } maxParameter && parametersOk)
        {
            bounds.AddRange(set.FindParameter(maxParameter)!.Values.Values.Select(v => (v.Value, "maxParameter")));
        }

        foreach (var (value, name) in bounds)
        {
            if (value < (def.Minimum ?? double.NegativeInfinity) || value > (def.Maximum ?? double.PositiveInfinity))
            {
                add($"{path}.{name}",
                    $"{Num(value)} is outside the range of '{def.Code}' ({Num(def.Minimum ?? double.NegativeInfinity)} to {Num(def.Maximum ?? double.PositiveInfinity)} {def.Unit})",
                    "compare within the indicator's range");
            }
            else if (def.Kind is IndicatorKind.Count or IndicatorKind.Months && value != Math.Floor(value))
            {
                add($"{path}.{name}",
                    $"'{def.Code}' counts whole {def.Unit}, but the threshold is {Num(value)}", "use a whole number");
            }
        }
    }

    private static bool CheckParameter(string? parameter, string path, RiskRuleSet set, Action<string, string, string?> add)
    {
        if (parameter is null || set.FindParameter(parameter) is not null)
        {
            return true;
        }

        add(path, $"unknown parameter '{parameter}'",
            set.Parameters.Count > 0 ? "use one of: " + string.Join(", ", set.Parameters.Select(p => p.Id)) : "declare it under \"parameters\"");
        return false;
    }

    private static string Date(NodaTime.LocalDate d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Num(double d) => d.ToString(CultureInfo.InvariantCulture);
}
