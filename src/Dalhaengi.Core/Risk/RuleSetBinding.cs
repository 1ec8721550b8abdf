using NodaTime;

namespace Dalhaengi.Core.Risk;

/// <summary>
/// Replaces the parameter references of a rule set's comparisons with the values in force on a date, so that the
/// compiler and the interpreter only ever see literal thresholds.
/// </summary>
/// <remarks>
/// The values of all parameters together can only change on a value's start date or on the day after a
/// <see cref="DatedParameter{T}.ConfirmedThrough"/> (when a warning starts). Those dates cut time into periods in
/// which binding gives the same rule set and the same warnings, which is what lets the evaluator compile one program
/// per period up front and stay free of allocation per household.
/// </remarks>
internal static class RuleSetBinding
{
    /// <summary>The dates on which some parameter's value or warning changes, sorted and distinct.</summary>
    internal static LocalDate[] Breakpoints(RiskRuleSet set)
    {
        var dates = new SortedSet<LocalDate>();
        foreach (var p in set.Parameters)
        {
            foreach (var v in p.Values.Values)
            {
                dates.Add(v.Start);
            }

            if (p.Values.ConfirmedThrough is { } through && through < LocalDate.MaxIsoValue)
            {
                dates.Add(through.PlusDays(1));
            }
        }

        return [.. dates];
    }

    /// <summary>The warnings of looking up every parameter on a date: unconfirmed values and dates before the first value.</summary>
    internal static string[] Warnings(RiskRuleSet set, LocalDate date) =>
        [.. set.Parameters.Select(p => (p.Id, Lookup: p.Values.ValueAt(date)))
            .Where(x => x.Lookup.Warning is not null)
            .Select(x => $"parameter '{x.Id}': {x.Lookup.Warning}")];

    /// <summary>Binds the parameters on a date; returns <paramref name="set"/> itself when no condition references one.</summary>
    internal static RiskRuleSet Bind(RiskRuleSet set, LocalDate date)
    {
        if (!set.Rules.Any(r => References(r.When)) && !set.RedFlags.Any(f => References(f.When)))
        {
            return set;
        }

        var rules = set.Rules.Select(r => new ScoringRule(r.Id, r.Description, Bind(r.When, set, date), r.Points));
        var flags = set.RedFlags.Select(f => new RedFlag(f.Id, f.Description, Bind(f.When, set, date), f.MinimumTier));
        return new RiskRuleSet(set.Id, set.Version, set.EffectiveFrom, set.Description, set.Tiers, rules, flags, set.Parameters, set.Lineage, validate: false);
    }

    internal static bool References(RiskCondition condition) => condition switch
    {
        ComparisonCondition c => c.IsParameterized,
        AllCondition a => a.Conditions.Any(References),
        AnyCondition a => a.Conditions.Any(References),
        AtLeastCondition a => a.Conditions.Any(References),
        _ => false,
    };

    private static RiskCondition Bind(RiskCondition condition, RiskRuleSet set, LocalDate date) => condition switch
    {
        ComparisonCondition c when c.IsParameterized => new ComparisonCondition(
            c.Indicator,
            c.Operator,
            c.ValueParameter is { } low ? ValueOf(set, low, date) : c.Value,
            c.Operator == ComparisonOperator.Between ? (c.MaximumParameter is { } high ? ValueOf(set, high, date) : c.Maximum) : null,
            c.WithinDays),
        AllCondition a => new AllCondition(a.Conditions.Select(x => Bind(x, set, date))),
        AnyCondition a => new AnyCondition(a.Conditions.Select(x => Bind(x, set, date))),
        AtLeastCondition a => new AtLeastCondition(a.Count, a.Conditions.Select(x => Bind(x, set, date))),
        _ => condition,
    };

    // Before a parameter's first value the comparison can never hold: NaN fails every comparison, in the
    // interpreter and in the compiled interval test alike. The assessment carries the "no value" warning.
    private static double ValueOf(RiskRuleSet set, string parameter, LocalDate date) =>
        set.FindParameter(parameter)?.Values.ValueAt(date).GetValueOrDefault(double.NaN) ?? double.NaN;
}
