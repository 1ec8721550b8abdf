using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Serialization;

namespace Dalhaengi.Core.Risk;

// Conditions and the document mapping: one flat JSON object per condition, told apart by "kind".
public static partial class RiskRuleSetJson
{
    private static readonly string[] Kinds = ["present", "compare", "household", "as-of-month", "all", "any", "at-least"];

    private static readonly (string Symbol, ComparisonOperator Op)[] Operators =
    [
        (">=", ComparisonOperator.GreaterOrEqual), (">", ComparisonOperator.Greater),
        ("<=", ComparisonOperator.LessOrEqual), ("<", ComparisonOperator.Less), ("between", ComparisonOperator.Between),
    ];

    private static RiskCondition Condition(DocumentReader r, ConditionDocument? d, string path)
    {
        if (d is null)
        {
            r.Add(path, "is required", "give a condition, e.g. {\"kind\": \"present\", \"indicator\": \"utility.electricity.cutoff\"}");
            return Placeholder;
        }

        switch (d.Kind)
        {
            case "present":
                return Code(r, d.Indicator, path) is { } code ? new PresentCondition(code, d.WithinDays) : Placeholder;
            case "compare":
                return Comparison(r, d, path);
            case "household":
                return r.Enum<HouseholdPredicate>(d.Predicate, path + ".predicate") is { } predicate ? new HouseholdCondition(predicate) : Placeholder;
            case "as-of-month":
                if (d.Months is null)
                {
                    r.Add(path + ".months", "is required", "give months 1 to 12, e.g. [11, 12, 1, 2, 3]");
                    return Placeholder;
                }

                return new AsOfMonthCondition(d.Months);
            case "all":
                return new AllCondition(Children(r, d, path));
            case "any":
                return new AnyCondition(Children(r, d, path));
            case "at-least":
                var children = Children(r, d, path);
                if (d.Count is null)
                {
                    r.Add(path + ".count", "is required", "give how many of the conditions must hold");
                    return Placeholder;
                }

                return new AtLeastCondition(d.Count.Value, children);
            case null:
                r.Add(path + ".kind", "is required", "use one of: " + string.Join(", ", Kinds));
                return Placeholder;
            default:
                r.Add(path + ".kind", $"'{d.Kind}' is not a known kind of condition", "use one of: " + string.Join(", ", Kinds));
                return Placeholder;
        }
    }

    private static RiskCondition Comparison(DocumentReader r, ConditionDocument d, string path)
    {
        var code = Code(r, d.Indicator, path);
        var op = Operators.FirstOrDefault(o => string.Equals(o.Symbol, d.Op, StringComparison.Ordinal));
        if (op.Symbol is null)
        {
            r.Add(path + ".op", d.Op is null ? "is required" : $"'{d.Op}' is not a comparison", "use one of: " + string.Join(", ", Operators.Select(o => o.Symbol)));
            return Placeholder;
        }

        var isBetween = op.Op == ComparisonOperator.Between;
        var lowName = isBetween ? "min" : "value";
        var lowLiteral = isBetween ? d.Min : d.Value;
        var lowParameter = isBetween ? d.MinParameter : d.ValueParameter;
        var ok = Bound(r, lowLiteral, lowParameter, path, lowName, isBetween ? "give min (or minParameter) and max (or maxParameter), both inclusive" : "give the threshold in the indicator's unit");
        if (isBetween)
        {
            ok &= Bound(r, d.Max, d.MaxParameter, path, "max", "give min (or minParameter) and max (or maxParameter), both inclusive");
            Forbid(r, d.Value, path + ".value", "'between' takes min and max, not value");
            Forbid(r, d.ValueParameter, path + ".valueParameter", "'between' takes minParameter and maxParameter, not valueParameter");
        }
        else
        {
            Forbid(r, d.Min, path + ".min", "only 'between' takes min", "use value");
            Forbid(r, d.MinParameter, path + ".minParameter", "only 'between' takes minParameter", "use valueParameter");
            Forbid(r, d.MaxParameter, path + ".maxParameter", "only 'between' takes maxParameter", "use valueParameter, or op 'between'");
        }

        return code is null || !ok
            ? Placeholder
            : ComparisonCondition.WithParameters(code.Value, op.Op, lowLiteral ?? 0, lowParameter, d.Max, isBetween ? d.MaxParameter : null, d.WithinDays);
    }

    // A bound is a literal or a parameter reference, never both and never neither.
    private static bool Bound(DocumentReader r, double? literal, string? parameter, string path, string name, string hint)
    {
        if (literal is not null && parameter is not null)
        {
            r.Add($"{path}.{name}Parameter", $"give either {name} or {name}Parameter, not both");
            return false;
        }

        if (literal is null && parameter is null)
        {
            r.Add($"{path}.{name}", name == "value" ? "is required" : $"is required for 'between'", hint);
            return false;
        }

        return parameter is null || r.Id(parameter, $"{path}.{name}Parameter") is not null;
    }

    private static void Forbid(DocumentReader r, object? value, string path, string message, string? hint = null)
    {
        if (value is not null)
        {
            r.Add(path, message, hint);
        }
    }

    private static List<RiskCondition> Children(DocumentReader r, ConditionDocument d, string path)
    {
        if (d.Conditions is null)
        {
            r.Add(path + ".conditions", "is required", "list the conditions to combine");
            return [Placeholder];
        }

        return [.. d.Conditions.Select((c, i) => Condition(r, c, $"{path}.conditions[{i}]"))];
    }

    private static IndicatorCode? Code(DocumentReader r, string? value, string path) =>
        r.Id(value, path + ".indicator") is { } v ? new IndicatorCode(v) : null;

    private static RiskRuleSetDocument ToDocument(RiskRuleSet s) => new()
    {
        Schema = Schema,
        Id = s.Id,
        Version = s.Version,
        EffectiveFrom = DocumentReader.Format(s.EffectiveFrom),
        Description = s.Description,
        Tiers = [.. s.Tiers.Select(t => new TierDocument
        {
            Id = t.Id,
            Name = new NameDocument { Ko = t.Name.Korean, En = t.Name.HasEnglish ? t.Name.English : null },
            MinScore = t.MinScore,
            Action = t.Action,
            ResponseDays = t.ResponseDays,
        })],
        Rules = [.. s.Rules.Select(x => new RuleDocument { Id = x.Id, Description = x.Description, Points = x.Points, When = ToDocument(x.When) })],
        RedFlags = [.. s.RedFlags.Select(x => new RedFlagDocument { Id = x.Id, Description = x.Description, MinimumTier = x.MinimumTier, When = ToDocument(x.When) })],
        Parameters = s.Parameters.Count == 0 ? null : [.. s.Parameters.Select(ToDocument)],
        Lineage = s.Lineage.Count == 0 ? null : [.. s.Lineage],
    };

    private static ParameterDocument ToDocument(RuleParameter p) => new()
    {
        Id = p.Id,
        Description = p.Description,
        ConfirmedThrough = p.Values.ConfirmedThrough is { } t ? DocumentReader.Format(t) : null,
        Values = [.. p.Values.Values.Select(v => new DatedValueDocument { Start = DocumentReader.Format(v.Start), Value = v.Value })],
    };

    private static ConditionDocument ToDocument(RiskCondition c) => c switch
    {
        PresentCondition p => new() { Kind = "present", Indicator = p.Indicator.Value, WithinDays = p.WithinDays },
        ComparisonCondition x when x.Operator == ComparisonOperator.Between => new()
        {
            Kind = "compare", Indicator = x.Indicator.Value, Op = "between",
            Min = x.ValueParameter is null ? x.Value : null, MinParameter = x.ValueParameter,
            Max = x.MaximumParameter is null ? x.Maximum : null, MaxParameter = x.MaximumParameter, WithinDays = x.WithinDays,
        },
        ComparisonCondition x => new()
        {
            Kind = "compare", Indicator = x.Indicator.Value, Op = Operators.First(o => o.Op == x.Operator).Symbol,
            Value = x.ValueParameter is null ? x.Value : null, ValueParameter = x.ValueParameter, Max = x.Maximum, WithinDays = x.WithinDays,
        },
        HouseholdCondition h => new() { Kind = "household", Predicate = KebabCase.Of(h.Predicate) },
        AsOfMonthCondition m => new() { Kind = "as-of-month", Months = [.. m.Months] },
        AllCondition a => new() { Kind = "all", Conditions = [.. a.Conditions.Select(ToDocument)] },
        AnyCondition a => new() { Kind = "any", Conditions = [.. a.Conditions.Select(ToDocument)] },
        AtLeastCondition a => new() { Kind = "at-least", Count = a.Count, Conditions = [.. a.Conditions.Select(ToDocument)] },
        _ => throw new ArgumentException($"Unknown condition type {c.GetType().Name}.", nameof(c)),
    };
}
