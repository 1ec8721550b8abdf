using Ardalis.GuardClauses;
using Dalhaengi.Core.Households;

namespace Dalhaengi.Core.Risk;

/// <summary>Measures a rule set against verified field outcomes (back-testing).</summary>
/// <remarks>
/// <para>
/// Only households of the batch with an outcome verified on or after the batch's as-of date count (the screening must
/// have been possible before the visit); when a household has several such outcomes, the latest visit counts. Other
/// outcomes are counted in <see cref="BackTestReport.IgnoredOutcomes"/>.
/// </para>
/// <para>
/// The ranking a visit budget follows is tier (highest first), then score (highest first), then household id
/// (ordinal), so it is deterministic. The budget is spent on verified households only: it answers "had we visited
/// the top N of those we know the truth about, how many crises would we have found".
/// </para>
/// </remarks>
public static class RiskBackTest
{
    /// <summary>Screens a batch with a rule set and scores the result against verified outcomes.</summary>
    /// <param name="evaluator">The compiled rule set.</param>
    /// <param name="batch">The population, as of the screening date.</param>
    /// <param name="outcomes">The verified outcomes.</param>
    /// <param name="budget">The number of visits, 0 or more.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The batch was laid out by another catalog than the evaluator's, or <paramref name="budget"/> is negative.</exception>
    public static BackTestReport Run(RiskEvaluator evaluator, HouseholdBatch batch, IEnumerable<VerifiedOutcome> outcomes, int budget)
    {
        Guard.Against.Null(evaluator);
        Guard.Against.Null(batch);
        Guard.Against.Null(outcomes);
        Guard.Against.Negative(budget);
        evaluator.CheckBatch(batch);

        // The outcomes are few beside the population: keep each household's latest usable one (the first of equal
        // dates), then find the households in one pass over the batch's ids and screen only those.
        var byHousehold = new Dictionary<HouseholdId, VerifiedOutcome>();
        var total = 0;
        foreach (var o in outcomes)
        {
            total++;
            if (o.VerifiedOn >= batch.AsOf && (!byHousehold.TryGetValue(o.Household, out var seen) || o.VerifiedOn > seen.VerifiedOn))
            {
                byHousehold[o.Household] = o;
            }
        }

        // A household listed twice in the batch is screened at its last position, as a lookup by id would find it.
        var latest = new Dictionary<int, VerifiedOutcome>(byHousehold.Count);
        var positions = new Dictionary<HouseholdId, int>(byHousehold.Count);
        if (byHousehold.Count > 0)
        {
            for (var i = 0; i < batch.Count; i++)
            {
                if (byHousehold.ContainsKey(batch.Ids[i]))
                {
                    positions[batch.Ids[i]] = i;
                }
            }
        }

        foreach (var (id, i) in positions)
        {
            latest[i] = byHousehold[id];
        }

        var ignored = total - latest.Count;
        var scores = new Dictionary<int, RiskScore>(latest.Count);
        foreach (var i in latest.Keys)
        {
            scores[i] = evaluator.Evaluate(batch, i);
        }

        var tiers = evaluator.RuleSet.Tiers;
        var confirmed = new int[tiers.Count];
        var notConfirmed = new int[tiers.Count];
        foreach (var (i, o) in latest)
        {
            (o.CrisisConfirmed ? confirmed : notConfirmed)[scores[i].Tier]++;
        }

        var totalConfirmed = confirmed.Sum();
        var totalNot = notConfirmed.Sum();
        var cutOffs = new List<TierCutOff>();
        for (var t = 0; t < tiers.Count; t++)
        {
            var tp = confirmed.Skip(t).Sum();
            var fp = notConfirmed.Skip(t).Sum();
            cutOffs.Add(new TierCutOff(tiers[t].Id, tp, fp, totalConfirmed - tp, totalNot - fp));
        }

        var reached = latest
            .OrderByDescending(x => scores[x.Key].Tier)
            .ThenByDescending(x => scores[x.Key].Score)
            .ThenBy(x => batch.IdAt(x.Key).Value, StringComparer.Ordinal)
            .Take(budget)
            .Count(x => x.Value.CrisisConfirmed);
        var confusion = tiers.Select((t, i) => new TierOutcomes(t.Id, confirmed[i], notConfirmed[i]));
        return new BackTestReport(evaluator.RuleSet, batch.AsOf, latest.Count, totalConfirmed, ignored, confusion, cutOffs, budget, reached, IndicatorPeriodWarnings.For(evaluator, batch.AsOf));
    }
}
