using System.Globalization;
using System.Text;
using Dalhaengi.Core.Risk;
using RulesEngine.Models;

namespace Dalhaengi.Core.Benchmarks.Screening;

/// <summary>
/// Writes any <see cref="RiskRuleSet"/> as a Microsoft RulesEngine workflow: one lambda-expression rule per scoring
/// rule, then one per red flag, in the rule set's order, over the input <c>input1</c> (a <see cref="ScreenedHousehold"/>).
/// Every condition kind has a direct translation, so nothing of the model is lost.
/// </summary>
/// <remarks>
/// Indicator conditions become <c>input1.Signals.Any(Indicator == "code" &amp;&amp; Age &lt;= N &amp;&amp; Value &gt;= v)</c>
/// (existential, like the rule format); household predicates become the boolean property of the same name; as-of
/// months compare <c>input1.AsOfMonth</c>; <c>at-least</c> sums <c>iif(c, 1, 0)</c>. Points and minimum tiers stay
/// with the caller, which reads them back by rule position from the results.
/// </remarks>
internal static class RulesEngineTranslation
{
    public const string WorkflowName = "screening";

    public static Workflow ToWorkflow(RiskRuleSet set)
    {
        var rules = set.Rules.Select(r => (r.Id, r.When)).Concat(set.RedFlags.Select(f => (f.Id, f.When)))
            .Select(r => new Rule { RuleName = r.Id, RuleExpressionType = RuleExpressionType.LambdaExpression, Expression = Expression(r.When) })
            .ToList();
        return new Workflow { WorkflowName = WorkflowName, Rules = rules };
    }

    public static string ToJson(RiskRuleSet set) => System.Text.Json.JsonSerializer.Serialize(new[] { ToWorkflow(set) });

    public static Workflow[] FromJson(string json) => System.Text.Json.JsonSerializer.Deserialize<Workflow[]>(json)
        ?? throw new InvalidOperationException("The workflow JSON is empty.");

    public static string Expression(RiskCondition condition) => condition switch
    {
        PresentCondition p => Signal(p.Indicator, p.WithinDays, null),
        ComparisonCondition c => Signal(c.Indicator, c.WithinDays, Comparison(c)),
        HouseholdCondition h => "input1." + h.Predicate,
        AsOfMonthCondition m => "(" + string.Join(" || ", m.Months.Select(x => "input1.AsOfMonth == " + x.ToString(CultureInfo.InvariantCulture))) + ")",
        AllCondition a => "(" + string.Join(" && ", a.Conditions.Select(Expression)) + ")",
        AnyCondition a => "(" + string.Join(" || ", a.Conditions.Select(Expression)) + ")",
        AtLeastCondition a => "((" + string.Join(" + ", a.Conditions.Select(c => "iif(" + Expression(c) + ", 1, 0)")) + ") >= " + a.Count.ToString(CultureInfo.InvariantCulture) + ")",
        _ => throw new NotSupportedException($"No RulesEngine translation for {condition.GetType().Name}."),
    };

    private static string Signal(IndicatorCode code, int? withinDays, string? comparison)
    {
        var s = new StringBuilder("input1.Signals.Any(Indicator == \"").Append(code.Value).Append('"');
        if (withinDays is { } days)
        {
            s.Append(" && Age <= ").Append(days.ToString(CultureInfo.InvariantCulture));
        }

        if (comparison is not null)
        {
            s.Append(" && ").Append(comparison);
        }

        return s.Append(')').ToString();
    }

    private static string Comparison(ComparisonCondition c) => c.Operator switch
    {
        ComparisonOperator.GreaterOrEqual => "Value >= " + Number(c.Value),
        ComparisonOperator.Greater => "Value > " + Number(c.Value),
        ComparisonOperator.LessOrEqual => "Value <= " + Number(c.Value),
        ComparisonOperator.Less => "Value < " + Number(c.Value),
        _ => "Value >= " + Number(c.Value) + (c.Maximum is { } max ? " && Value <= " + Number(max) : string.Empty),
    };

    // A double literal Dynamic LINQ reads back exactly ("R" round-trips; ".0" keeps it a double).
    private static string Number(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }
}
