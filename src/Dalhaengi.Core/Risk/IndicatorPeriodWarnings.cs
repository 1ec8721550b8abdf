using NodaTime;

namespace Dalhaengi.Core.Risk;

/// <summary>
/// Lists the indicators a rule set relies on that were not known to be in use on a date: before their start, after
/// their end, or with a start the sources do not give. Back-tests and what-ifs carry these warnings, because a result
/// computed on an indicator that did not exist yet looks right and is not.
/// </summary>
/// <remarks>Kept apart from the evaluator and the report builders so that it costs nothing per household.</remarks>
internal static class IndicatorPeriodWarnings
{
    /// <summary>Returns one warning per indicator the evaluator's rule set uses outside its known period on a date.</summary>
    public static IEnumerable<string> For(RiskEvaluator evaluator, LocalDate asOf)
    {
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var rule in evaluator.RuleSet.Rules)
        {
            Collect(rule.When, codes);
        }

        foreach (var flag in evaluator.RuleSet.RedFlags)
        {
            Collect(flag.When, codes);
        }

        foreach (var code in codes)
        {
            if (evaluator.Catalog.Find(new IndicatorCode(code))?.OutsideKnownPeriod(asOf) is { } warning)
            {
                yield return $"{evaluator.RuleSet.Id}: {warning}";
            }
        }
    }

    private static void Collect(RiskCondition condition, SortedSet<string> codes)
    {
        switch (condition)
        {
            case ComparisonCondition c:
                codes.Add(c.Indicator.Value);
                break;
            case PresentCondition p:
                codes.Add(p.Indicator.Value);
                break;
            case AllCondition a:
                a.Conditions.ToList().ForEach(x => Collect(x, codes));
                break;
            case AnyCondition a:
                a.Conditions.ToList().ForEach(x => Collect(x, codes));
                break;
            case AtLeastCondition a:
                a.Conditions.ToList().ForEach(x => Collect(x, codes));
                break;
        }
    }
}
