using System.Linq.Expressions;
using Dalhaengi.Core.Risk;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace Dalhaengi.Core.Benchmarks.Screening;

/// <summary>
/// Builds NRules rules from any <see cref="RiskRuleSet"/> with NRules' rule model (<see cref="RuleBuilder"/>), the
/// same model its C# DSL produces: per rule one pattern matching a <see cref="ScreenedHousehold"/> <c>h</c> whose
/// condition is the rule's condition as an expression tree, and an action <c>h.Fire(points, minimumTier)</c>.
/// </summary>
/// <remarks>
/// Indicator conditions become <c>h.Signals.Any(s =&gt; s.Indicator == code &amp;&amp; s.Age &lt;= N &amp;&amp; s.Value op v)</c>,
/// exactly the lambda one would write in <c>When().Match&lt;ScreenedHousehold&gt;(() =&gt; h, h =&gt; …)</c>. Every
/// condition kind translates; nothing of the model is lost.
/// </remarks>
internal static class NRulesTranslation
{
    private static readonly System.Reflection.MethodInfo AnySignal = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Any) && m.GetParameters().Length == 2)
        .MakeGenericMethod(typeof(SignalFact));

    public static IReadOnlyList<IRuleDefinition> ToRules(RiskRuleSet set)
    {
        var rules = new List<IRuleDefinition>();
        foreach (var r in set.Rules)
        {
            rules.Add(Build(r.Id, r.When, r.Points, -1));
        }

        foreach (var f in set.RedFlags)
        {
            rules.Add(Build(f.Id, f.When, 0, set.IndexOfTier(f.MinimumTier)));
        }

        return rules;
    }

    private static IRuleDefinition Build(string id, RiskCondition when, int points, int minimumTier)
    {
        var builder = new RuleBuilder();
        builder.Name(id);
        var h = Expression.Parameter(typeof(ScreenedHousehold), "h");
        var pattern = builder.LeftHandSide().Pattern(typeof(ScreenedHousehold), "h");
        pattern.Condition(Expression.Lambda<Func<ScreenedHousehold, bool>>(Condition(when, h), h));
        var context = Expression.Parameter(typeof(IContext), "ctx");
        var fire = Expression.Call(h, nameof(ScreenedHousehold.Fire), null, Expression.Constant(points), Expression.Constant(minimumTier));
        builder.RightHandSide().Action(Expression.Lambda<Action<IContext, ScreenedHousehold>>(fire, context, h));
        return builder.Build();
    }

    private static Expression Condition(RiskCondition condition, ParameterExpression h) => condition switch
    {
        PresentCondition p => Signal(h, p.Indicator, p.WithinDays, null),
        ComparisonCondition c => Signal(h, c.Indicator, c.WithinDays, c),
        HouseholdCondition hc => Expression.Property(h, hc.Predicate.ToString()),
        AsOfMonthCondition m => m.Months.Select(x => (Expression)Expression.Equal(Expression.Property(h, nameof(ScreenedHousehold.AsOfMonth)), Expression.Constant(x)))
            .Aggregate(Expression.OrElse),
        AllCondition a => a.Conditions.Select(c => Condition(c, h)).Aggregate(Expression.AndAlso),
        AnyCondition a => a.Conditions.Select(c => Condition(c, h)).Aggregate(Expression.OrElse),
        AtLeastCondition a => Expression.GreaterThanOrEqual(
            a.Conditions.Select(c => (Expression)Expression.Condition(Condition(c, h), Expression.Constant(1), Expression.Constant(0))).Aggregate(Expression.Add),
            Expression.Constant(a.Count)),
        _ => throw new NotSupportedException($"No NRules translation for {condition.GetType().Name}."),
    };

    private static MethodCallExpression Signal(ParameterExpression h, IndicatorCode code, int? withinDays, ComparisonCondition? comparison)
    {
        var s = Expression.Parameter(typeof(SignalFact), "s");
        Expression test = Expression.Equal(Expression.Property(s, nameof(SignalFact.Indicator)), Expression.Constant(code.Value));
        if (withinDays is { } days)
        {
            test = Expression.AndAlso(test, Expression.LessThanOrEqual(Expression.Property(s, nameof(SignalFact.Age)), Expression.Constant(days)));
        }

        if (comparison is not null)
        {
            var value = Expression.Property(s, nameof(SignalFact.Value));
            var threshold = Expression.Constant(comparison.Value);
            test = Expression.AndAlso(test, comparison.Operator switch
            {
                ComparisonOperator.GreaterOrEqual => Expression.GreaterThanOrEqual(value, threshold),
                ComparisonOperator.Greater => Expression.GreaterThan(value, threshold),
                ComparisonOperator.LessOrEqual => Expression.LessThanOrEqual(value, threshold),
                ComparisonOperator.Less => Expression.LessThan(value, threshold),
                _ => comparison.Maximum is { } max
                    ? Expression.AndAlso(Expression.GreaterThanOrEqual(value, threshold), Expression.LessThanOrEqual(value, Expression.Constant(max)))
                    : Expression.GreaterThanOrEqual(value, threshold),
            });
        }

        var signals = Expression.Convert(Expression.Property(h, nameof(ScreenedHousehold.Signals)), typeof(IEnumerable<SignalFact>));
        return Expression.Call(AnySignal, signals, Expression.Lambda<Func<SignalFact, bool>>(test, s));
    }
}
