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

        double? low;
        if (op.Op == ComparisonOperator.Between)
        {
            low = d.Min;
            if (low is null)
            {
                r.Add(path + ".min", "is required for 'between'", "give min and max, both inclusive");
            }

            if (d.Max is null)
            {
                r.Add(path + ".max", "is required for 'between'", "give min and max, both inclusive");
            }

            if (d.Value is not null)
            {
                r.Add(path + ".value", "'between' takes min and max, not value");
            }
        }
        else
        {
            low = d.Value;
            if (low is null)
            {
                r.Add(path + ".value", "is required", "give the threshold in the indicator's unit");
            }

            if (d.Min is not null)
            {
                r.Add(path + ".min", "only 'between' takes min", "use value");
            }
        }

        return code is null || low is null || (op.Op == ComparisonOperator.Between && d.Max is null)
            ? Placeholder
            : new ComparisonCondition(code.Value, op.Op, low.Value, d.Max, d.WithinDays);
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
            Name = new NameDocument { Ko = t.Name.Korean, En = t.Name.English },
            MinScore = t.MinScore,
            Action = t.Action,
            ResponseDays = t.ResponseDays,
        })],
        Rules = [.. s.Rules.Select(x => new RuleDocument { Id = x.Id, Description = x.Description, Points = x.Points, When = ToDocument(x.When) })],
        RedFlags = [.. s.RedFlags.Select(x => new RedFlagDocument { Id = x.Id, Description = x.Description, MinimumTier = x.MinimumTier, When = ToDocument(x.When) })],
    };

    private static ConditionDocument ToDocument(RiskCondition c) => c switch
    {
        PresentCondition p => new() { Kind = "present", Indicator = p.Indicator.Value, WithinDays = p.WithinDays },
        ComparisonCondition x when x.Operator == ComparisonOperator.Between =>
            new() { Kind = "compare", Indicator = x.Indicator.Value, Op = "between", Min = x.Value, Max = x.Maximum, WithinDays = x.WithinDays },
        ComparisonCondition x =>
            new() { Kind = "compare", Indicator = x.Indicator.Value, Op = Operators.First(o => o.Op == x.Operator).Symbol, Value = x.Value, Max = x.Maximum, WithinDays = x.WithinDays },
        HouseholdCondition h => new() { Kind = "household", Predicate = KebabCase.Of(h.Predicate) },
        AsOfMonthCondition m => new() { Kind = "as-of-month", Months = [.. m.Months] },
        AllCondition a => new() { Kind = "all", Conditions = [.. a.Conditions.Select(ToDocument)] },
        AnyCondition a => new() { Kind = "any", Conditions = [.. a.Conditions.Select(ToDocument)] },
        AtLeastCondition a => new() { Kind = "at-least", Count = a.Count, Conditions = [.. a.Conditions.Select(ToDocument)] },
        _ => throw new ArgumentException($"Unknown condition type {c.GetType().Name}.", nameof(c)),
    };
}
