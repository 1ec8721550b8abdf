using Dalhaengi.Core.Households;
using Dalhaengi.Core.Risk;
using NodaTime;

namespace Dalhaengi.SampleHost.Adaptation;

/// <summary>
/// A seeded, documented stand-in for field visits (docs/rule-adaptation.md, "Ground-truth model"): each household's
/// chance that a visit confirms a crisis follows a logistic model of its recent signals and circumstances, chosen
/// independently of any rule set's weights, plus noise. Synthetic: it makes the back-test runnable, it is not evidence.
/// </summary>
internal static class GroundTruthModel
{
    private const int WindowDays = 180;

    public static IEnumerable<VerifiedOutcome> Generate(IReadOnlyList<Household> households, LocalDate asOf, int seed)
    {
        var random = new Random(seed);
        foreach (var h in households)
        {
            var logit = LogOdds(h, asOf) + Normal(random, 0.5);
            var p = 1 / (1 + Math.Exp(-logit));
            var confirmed = random.NextDouble() < p;
            yield return new VerifiedOutcome(h.Id, confirmed, asOf.PlusDays(random.Next(1, 61)));
        }
    }

    internal static double LogOdds(Household h, LocalDate asOf)
    {
        var recent = h.Signals.Where(s => s.ObservedOn <= asOf && s.ObservedOn >= asOf.PlusDays(-WindowDays)).ToList();
        bool Has(string code, double atLeast = double.NegativeInfinity) => recent.Any(s => s.Indicator.Value == code && s.Value >= atLeast);
        bool Starts(string prefix, double atLeast) => recent.Any(s => s.Indicator.Value.StartsWith(prefix, StringComparison.Ordinal) && s.Value >= atLeast);

        var logit = -4.0;
        logit += Has("utility.electricity.cutoff") || Has("utility.water.cutoff") || Has("utility.gas.cutoff") ? 1.6 : 0;
        logit += Has("arrears.electricity.months", 3) || Has("arrears.water.months", 3) || Has("arrears.gas.months", 3) ? 0.6 : 0;
        logit += Has("arrears.health-insurance.months", 3) ? 0.5 : 0;
        logit += Has("arrears.financial.amount", 1_000_000) ? 0.4 : 0;
        logit += Has("arrears.maintenance-fee.months", 3) || Has("arrears.public-rent.months", 3) ? 0.8 : 0;
        logit += Starts("employment.", 1) || Has("business.closure") || Has("household-head.death") ? 0.7 : 0;
        logit += Has("screening.phq9.total", 10) ? 1.0 : 0;
        logit += Has("screening.phq9.item9", 1) || Has("suicide.high-risk") ? 1.5 : 0;
        logit += 0.9 * new[] { "observation.isolated", "observation.skipped-meals", "observation.no-heating" }.Count(c => Has(c));
        logit += h.Satisfies(HouseholdPredicate.LivesAloneAged65Plus, asOf) ? 0.5 : 0;
        logit += h.Satisfies(HouseholdPredicate.Unreachable, asOf) ? 0.7 : 0;
        logit -= h.Satisfies(HouseholdPredicate.UnderCaseManagement, asOf) ? 0.3 : 0;
        var winter = asOf.Month is 12 or 1 or 2;
        logit += winter && h.Satisfies(HouseholdPredicate.HasMemberAged65Plus, asOf) && (Has("observation.no-heating") || Has("utility.gas.cutoff")) ? 0.8 : 0;
        return logit;
    }

    private static double Normal(Random random, double deviation) =>
        deviation * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
