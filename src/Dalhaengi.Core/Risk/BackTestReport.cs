using System.Globalization;
using System.Text;
using Dalhaengi.Core.Internal;
using NodaTime;

namespace Dalhaengi.Core.Risk;

/// <summary>
/// How a rule set would have done against verified field outcomes: the confusion table by tier, precision and recall of
/// each tier cut-off, and the share of confirmed crises a visit budget reaches when visits follow the ranking. Made by
/// <see cref="RiskBackTest.Run"/>.
/// </summary>
public sealed class BackTestReport
{
    internal BackTestReport(RiskRuleSet ruleSet, LocalDate asOf, int verified, int confirmed, int ignored, IEnumerable<TierOutcomes> confusion, IEnumerable<TierCutOff> cutOffs, int budget, int reached, IEnumerable<string>? warnings = null)
    {
        Warnings = (warnings ?? []).ToValueList();
        RuleSet = ruleSet;
        AsOf = asOf;
        Verified = verified;
        Confirmed = confirmed;
        IgnoredOutcomes = ignored;
        Confusion = confusion.ToValueList();
        CutOffs = cutOffs.ToValueList();
        Budget = budget;
        ReachedWithinBudget = reached;
    }

    /// <summary>
    /// Indicators the rule set relies on outside their known period on <see cref="AsOf"/> (not yet in use, retired, or
    /// with an unknown start): results that lean on them may be wrong for that date.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The rule set tested.</summary>
    public RiskRuleSet RuleSet { get; }

    /// <summary>The date the population was screened as of.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The households with a usable verified outcome: those the metrics are computed on.</summary>
    public int Verified { get; }

    /// <summary>Of those, the households whose crisis was confirmed.</summary>
    public int Confirmed { get; }

    /// <summary>Outcomes left out: for households not in the batch, or verified before the as-of date.</summary>
    public int IgnoredOutcomes { get; }

    /// <summary>The confusion table: verified households per tier, lowest tier first.</summary>
    public IReadOnlyList<TierOutcomes> Confusion { get; }

    /// <summary>Precision and recall of each tier used as the cut-off, lowest tier first (the lowest flags everyone).</summary>
    public IReadOnlyList<TierCutOff> CutOffs { get; }

    /// <summary>The number of visits in the budget.</summary>
    public int Budget { get; }

    /// <summary>Confirmed crises among the first <see cref="Budget"/> verified households in ranking order.</summary>
    public int ReachedWithinBudget { get; }

    /// <summary>The share of confirmed crises the budget reaches, in [0, 1]; 0 when no crisis was confirmed.</summary>
    public double BudgetRecall => TierCutOff.Ratio(ReachedWithinBudget, Confirmed);

    /// <summary>Writes the report as plain text.</summary>
    /// <returns>Several lines: totals, the confusion table, the cut-offs and the budget line.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{RuleSet} as of {Serialization.DocumentReader.Format(AsOf)}: {Verified} verified, {Confirmed} confirmed, {IgnoredOutcomes} outcomes ignored\n");
        sb.Append("tier\tconfirmed\tnot-confirmed\tprecision\trecall\n");
        for (var t = 0; t < Confusion.Count; t++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{Confusion[t].TierId}\t{Confusion[t].Confirmed}\t{Confusion[t].NotConfirmed}\t{CutOffs[t].Precision:0.000}\t{CutOffs[t].Recall:0.000}\n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"budget {Budget}: {ReachedWithinBudget} of {Confirmed} confirmed crises reached ({BudgetRecall:0.0%})\n");
        return sb.ToString();
    }
}
