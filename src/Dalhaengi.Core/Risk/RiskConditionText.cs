using System.Globalization;
using Dalhaengi.Core.Serialization;

namespace Dalhaengi.Core.Risk;

/// <summary>Writes conditions and other rule-set elements as short readable text, for diffs and reports.</summary>
internal static class RiskConditionText
{
    internal static string Format(RiskCondition condition) => condition switch
    {
        PresentCondition p => $"present {p.Indicator}{Window(p.WithinDays)}",
        ComparisonCondition c when c.Operator == ComparisonOperator.Between =>
            $"{c.Indicator} between {Bound(c.Value, c.ValueParameter)} and {Bound(c.Maximum ?? double.PositiveInfinity, c.MaximumParameter)}{Window(c.WithinDays)}",
        ComparisonCondition c => $"{c.Indicator} {Symbol(c.Operator)} {Bound(c.Value, c.ValueParameter)}{Window(c.WithinDays)}",
        HouseholdCondition h => "household " + KebabCase.Of(h.Predicate),
        AsOfMonthCondition m => "month in [" + string.Join(", ", m.Months.Select(x => Number(x))) + "]",
        AllCondition a => "all(" + string.Join("; ", a.Conditions.Select(Format)) + ")",
        AnyCondition a => "any(" + string.Join("; ", a.Conditions.Select(Format)) + ")",
        AtLeastCondition a => $"at least {Number(a.Count)} of (" + string.Join("; ", a.Conditions.Select(Format)) + ")",
        _ => condition.GetType().Name,
    };

    internal static string Rule(ScoringRule r) => $"{Signed(r.Points)} when {Format(r.When)}";

    internal static string Flag(RedFlag f) => $"at least {f.MinimumTier} when {Format(f.When)}";

    internal static string Tier(RiskTier t) => $"from {Number(t.MinScore)}: {t.Action} within {Number(t.ResponseDays)} days";

    internal static string Parameter(RuleParameter p) => p.Values.ToString();

    internal static string Number(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    internal static string Signed(int points) => points.ToString("+0;-0;0", CultureInfo.InvariantCulture);

    private static string Bound(double literal, string? parameter) => parameter is null ? Number(literal) : "$" + parameter;

    private static string Window(int? days) => days is { } d ? $" within {Number(d)} days" : "";

    private static string Symbol(ComparisonOperator op) => op switch
    {
        ComparisonOperator.GreaterOrEqual => ">=",
        ComparisonOperator.Greater => ">",
        ComparisonOperator.LessOrEqual => "<=",
        _ => "<",
    };
}
