using Dalhaengi.Core.Households;
using Dalhaengi.Core.Risk;
using Dalhaengi.Core.Tests.Arbitraries;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dalhaengi.Core.Tests.Risk;

/// <summary>The back-test screens verified households a range at a time; it must report what scoring each one alone reports.</summary>
public sealed class RiskBackTestProperties
{
    // Populations of up to a few thousand households (so both the dense ranges, screened with the batch API, and the
    // sparse ones, screened one at a time, occur), some ids listed twice, and outcomes at a random density: some for
    // households not in the batch, some verified before the as-of date, some households with several outcomes.
    private static Gen<(RiskRuleSet Set, Household[] Households, VerifiedOutcome[] Outcomes, int Budget)> Cases =>
        from set in RiskArbitraries.RuleSets(-20)
        from kinds in Gen.ArrayOf(RiskArbitraries.Households, 8)
        from count in Gen.Choose(1, 3000)
        from duplicates in Gen.Choose(0, 3)
        from density in Gen.Elements(0.0005, 0.01, 0.08, 0.5, 1.0)
        from seed in Gen.Choose(0, int.MaxValue)
        from budget in Gen.Choose(0, 60)
        let households = Population(kinds, count, duplicates, seed)
        select (set, households, Outcomes(households, density, seed), budget);

    [Property(MaxTest = 60)]
    public Property Run_GivesTheReportOfScoringEachVerifiedHouseholdAlone() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var evaluator = RiskEvaluator.Compile(c.Set);
            var batch = HouseholdBatch.Create(c.Households, TestRules.AsOf);

            var report = RiskBackTest.Run(evaluator, batch, c.Outcomes, c.Budget);

            var expected = Reference(evaluator, batch, c.Outcomes, c.Budget);
            Assert.Equal((expected.Verified, expected.Confirmed, expected.Ignored, expected.Reached), (report.Verified, report.Confirmed, report.IgnoredOutcomes, report.ReachedWithinBudget));
            Assert.Equal(expected.Confusion, report.Confusion.Select(t => (t.Confirmed, t.NotConfirmed)));
        });

    private static Household[] Population(Household[] kinds, int count, int duplicates, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var h = kinds[random.Next(kinds.Length)];
            var id = i < duplicates && count > duplicates ? $"hh-{count - 1 - i:D5}" : $"hh-{i:D5}";
            return new Household(new HouseholdId(id), h.District, h.Members, h.Housing, null, h.Contact, h.Consent, h.Programmes, h.Signals);
        })];
    }

    private static VerifiedOutcome[] Outcomes(Household[] households, double density, int seed)
    {
        var random = new Random(seed ^ 0x5eed);
        var outcomes = new List<VerifiedOutcome>();
        foreach (var h in households.Where(_ => random.NextDouble() < density))
        {
            for (var n = random.Next(1, 3); n > 0; n--)
            {
                outcomes.Add(new VerifiedOutcome(h.Id, random.Next(2) == 0, TestRules.AsOf.PlusDays(random.Next(-3, 6))));
            }
        }

        outcomes.Add(new VerifiedOutcome(new HouseholdId("not-in-the-batch"), true, TestRules.AsOf));
        return [.. outcomes];
    }

    // The definition, written plainly: the latest usable outcome per household (the first of equal dates), the
    // household at its last position in the batch, each scored alone, ranked by tier, score, id.
    private static (int Verified, int Confirmed, int Ignored, int Reached, IEnumerable<(int, int)> Confusion) Reference(
        RiskEvaluator evaluator, HouseholdBatch batch, VerifiedOutcome[] outcomes, int budget)
    {
        var latest = new Dictionary<HouseholdId, VerifiedOutcome>();
        foreach (var o in outcomes.Where(o => o.VerifiedOn >= batch.AsOf))
        {
            if (!latest.TryGetValue(o.Household, out var seen) || o.VerifiedOn > seen.VerifiedOn)
            {
                latest[o.Household] = o;
            }
        }

        var position = new Dictionary<HouseholdId, int>();
        for (var i = 0; i < batch.Count; i++)
        {
            position[batch.IdAt(i)] = i;
        }

        var scored = latest.Where(x => position.ContainsKey(x.Key)).Select(x => (x.Value, Score: evaluator.Evaluate(batch, position[x.Key]))).ToList();
        var tiers = evaluator.RuleSet.Tiers.Count;
        var confusion = Enumerable.Range(0, tiers).Select(t => (scored.Count(s => s.Score.Tier == t && s.Value.CrisisConfirmed), scored.Count(s => s.Score.Tier == t && !s.Value.CrisisConfirmed))).ToList();
        var reached = scored.OrderByDescending(s => s.Score.Tier).ThenByDescending(s => s.Score.Score).ThenBy(s => s.Value.Household.Value, StringComparer.Ordinal)
            .Take(budget).Count(s => s.Value.CrisisConfirmed);
        return (scored.Count, scored.Count(s => s.Value.CrisisConfirmed), outcomes.Length - scored.Count, reached, confusion);
    }
}
