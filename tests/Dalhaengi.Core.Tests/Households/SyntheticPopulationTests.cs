using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Risk;
using NodaTime;

namespace Dalhaengi.Core.Tests.Households;

public sealed class SyntheticPopulationTests
{
    private static readonly LocalDate AsOf = new(2025, 6, 30);

    [Fact]
    public void Generate_SameSeed_GivesTheSameHouseholds()
    {
        var a = SyntheticPopulation.Generate(AsOf, seed: 42, households: 500).ToList();
        var b = SyntheticPopulation.Generate(AsOf, seed: 42, households: 500).ToList();
        var c = SyntheticPopulation.Generate(AsOf, seed: 43, households: 500).ToList();

        Assert.Equal(a.Select(Describe), b.Select(Describe));
        Assert.NotEqual(a.Select(Describe), c.Select(Describe));
    }

    [Fact]
    public void Generate_Default_Spreads60000HouseholdsOverThe12DistrictsByPopulation()
    {
        var yangpyeong = BuiltInMunicipalities.Yangpyeong;
        var households = SyntheticPopulation.Generate(AsOf).ToList();

        Assert.Equal(SyntheticPopulation.DefaultHouseholds, households.Count);
        Assert.Equal(households.Count, households.Select(h => h.Id).Distinct().Count());
        var byDistrict = households.GroupBy(h => h.District).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(12, byDistrict.Count);
        var total = yangpyeong.Districts.Sum(d => d.Population!.Value);
        foreach (var d in yangpyeong.Districts)
        {
            Assert.InRange(byDistrict[d.Code], (60_000 * d.Population!.Value / total) - 1, (60_000 * d.Population!.Value / total) + 1);
        }

        Assert.All(households.Where(h => h.Site is not null), h => Assert.Equal(h.District, yangpyeong.GetSite(h.Site!.Value).District));
    }

    [Fact]
    public void Generate_ScreenedWithTheDefaultRules_GivesEveryTierWithFewUrgent()
    {
        var evaluator = RiskEvaluator.Compile(BuiltInRuleSets.NationalOutreach);
        var batch = HouseholdBatch.Create(SyntheticPopulation.Generate(AsOf, households: 20_000), AsOf);
        var results = new RiskScore[batch.Count];

        evaluator.Evaluate(batch, results);

        var share = Enumerable.Range(0, 4).Select(t => results.Count(r => r.Tier == t) / (double)results.Length).ToArray();
        Assert.InRange(share[0], 0.70, 0.99);
        Assert.All(share, s => Assert.True(s > 0));
        Assert.InRange(share[3], 0.0001, 0.02);
    }

    [Fact]
    public void Allocate_SumsToTheTotal()
    {
        var counts = SyntheticPopulation.Allocate(BuiltInMunicipalities.Yangpyeong.Districts, 1_000_003);

        Assert.Equal(1_000_003, counts.Sum());
    }

    private static string Describe(Household h) =>
        $"{h.Id}|{h.District}|{h.Site}|{h.Housing}|{h.Contact}|{h.Consent}|{h.Programmes}|{string.Join(',', h.Members)}|{string.Join(',', h.Signals)}";
}
