using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Risk;
using Dalhaengi.Core.Rotation;
using NodaTime;

namespace Dalhaengi.SampleHost.MainJob;

/// <summary>
/// A population screened with one rule set as of one date: what the main job and <c>plan --households</c> weigh
/// districts by, and where the main job's findings come from.
/// </summary>
internal sealed class Screening
{
    private readonly RiskScore[] _results;

    private Screening(RiskEvaluator evaluator, LocalDate asOf, IReadOnlyList<Household> households, RiskScore[] results)
    {
        Evaluator = evaluator;
        AsOf = asOf;
        Households = households;
        _results = results;
        var tiers = evaluator.RuleSet.Tiers;
        var high = tiers.Select((t, i) => (t, i)).FirstOrDefault(x => string.Equals(x.t.Id, "high", StringComparison.Ordinal));

        // A rule set without a tier called "high" counts its top tier only.
        HighTier = high.t is null ? tiers.Count - 1 : high.i;
    }

    public RiskEvaluator Evaluator { get; }

    public LocalDate AsOf { get; }

    public IReadOnlyList<Household> Households { get; }

    public IReadOnlyList<RiskTier> Tiers => Evaluator.RuleSet.Tiers;

    /// <summary>The index of the lowest tier counted as high risk ("high" in the default rule set; above it is "urgent").</summary>
    public int HighTier { get; }

    public RiskScore this[int index] => _results[index];

    public static Screening Run(IReadOnlyList<Household> households, RiskEvaluator evaluator, LocalDate asOf)
    {
        var batch = HouseholdBatch.Create(households, asOf, evaluator.Catalog);
        var results = new RiskScore[batch.Count];
        evaluator.Evaluate(batch, results);
        return new Screening(evaluator, asOf, households, results);
    }

    public bool IsHighOrUrgent(int index) => _results[index].Tier >= HighTier;

    /// <summary>Counts households per district and tier, in the municipality's district order.</summary>
    public IReadOnlyList<(District District, int[] Counts)> TierCounts(Municipality municipality)
    {
        var index = municipality.Districts.Select((d, i) => (d.Code, i)).ToDictionary(x => x.Code, x => x.i);
        var counts = municipality.Districts.Select(_ => new int[Tiers.Count]).ToArray();
        for (var i = 0; i < Households.Count; i++)
        {
            if (index.TryGetValue(Households[i].District, out var d))
            {
                counts[d][_results[i].Tier]++;
            }
        }

        return [.. municipality.Districts.Select((d, i) => (d, counts[i]))];
    }

    /// <summary>The screened high and urgent households per district, the planner's risk weights.</summary>
    public IReadOnlyList<DistrictRisk> DistrictRisk(Municipality municipality) =>
        [.. TierCounts(municipality).Select(x => new DistrictRisk(x.District.Code, x.Counts.Skip(HighTier).Sum()))];

    /// <summary>Households from the highest tier and score down, ties by id, so lists are stable.</summary>
    public IEnumerable<int> MostUrgentFirst() => Enumerable.Range(0, Households.Count)
        .OrderByDescending(i => _results[i].Tier)
        .ThenByDescending(i => _results[i].Score)
        .ThenBy(i => Households[i].Id.Value, StringComparer.Ordinal);
}
