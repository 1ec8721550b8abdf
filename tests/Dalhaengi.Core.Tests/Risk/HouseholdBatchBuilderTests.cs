using Dalhaengi.Core.Households;
using Dalhaengi.Core.Risk;
using static Dalhaengi.Core.Tests.Risk.TestRules;

namespace Dalhaengi.Core.Tests.Risk;

public sealed partial class HouseholdBatchBuilderTests
{
    private static readonly RiskEvaluator National = RiskEvaluator.Compile(BuiltInRuleSets.NationalOutreach);

    [Fact]
    public void AddRows_WithSpanCodesInAnyOrder_ScreensLikeHouseholdObjects()
    {
        var households = SyntheticPopulation.Generate(AsOf, seed: 11, households: 1_500).ToList();
        var fromObjects = HouseholdBatch.Create(households, AsOf);
        var builder = new HouseholdBatchBuilder(AsOf);
        foreach (var h in households)
        {
            builder.Add(h.Id, h.District, [.. Enum.GetValues<HouseholdPredicate>().Where(p => h.Satisfies(p, AsOf))]);

            // Reversed, and by the code's text as a row reader would have it: the layout must not depend on either.
            foreach (var s in h.Signals.Reverse())
            {
                builder.AddSignal(s.Indicator.Value.AsSpan(), s.Value, s.ObservedOn, s.Source);
            }
        }

        var fromRows = builder.Build();

        Assert.Equal(fromObjects.SignalCount, fromRows.SignalCount);
        Assert.Equal(Screen(fromObjects), Screen(fromRows));
        Assert.Contains(Screen(fromRows), r => r.Tier > 0);
    }

    [Fact]
    public void Clear_AfterBuild_StartsAFreshBatchAndLeavesTheFirstUntouched()
    {
        var first = SyntheticPopulation.Generate(AsOf, seed: 3, households: 800).ToList();
        var second = SyntheticPopulation.Generate(AsOf, seed: 4, households: 500).ToList();
        var builder = new HouseholdBatchBuilder(AsOf);
        first.ForEach(builder.Add);
        var a = builder.Build();
        var screenedBefore = Screen(a);

        builder.Clear();
        second.ForEach(builder.Add);
        var b = builder.Build();

        Assert.Equal(500, b.Count);
        Assert.Equal(Screen(HouseholdBatch.Create(second, AsOf)), Screen(b));
        Assert.Equal(screenedBefore, Screen(a));
        Assert.Equal(HouseholdBatch.Create(second, AsOf).Districts, b.Districts);
    }

    [Fact]
    public void Add_AfterBuildWithoutClear_Throws()
    {
        var builder = new HouseholdBatchBuilder(AsOf);
        builder.Add(Household());
        builder.Build();

        Assert.Throws<InvalidOperationException>(() => builder.Add(Household(id: "hh-2")));
        Assert.Throws<InvalidOperationException>(() => builder.Build());
    }

    [Fact]
    public void AddSignal_WithAnUnknownCodeText_NamesTheCode()
    {
        var builder = new HouseholdBatchBuilder(AsOf);
        builder.Add(Household());

        var e = Assert.Throws<ArgumentException>(() => builder.AddSignal("no.such.indicator".AsSpan(), 1, AsOf, SignalSource.NationalRound));

        Assert.Contains("no.such.indicator", e.Message, StringComparison.Ordinal);
    }

    private static RiskScore[] Screen(HouseholdBatch batch)
    {
        var results = new RiskScore[batch.Count];
        National.Evaluate(batch, results);
        return results;
    }
}
