using Dalhaengi.Core.Households;
using Dalhaengi.Core.Risk;
using static Dalhaengi.Core.Tests.Risk.TestRules;

namespace Dalhaengi.Core.Tests.Risk;

/// <summary>Filling a batch with indicators resolved once (<see cref="IndicatorHandle"/>), signal by signal and a wide row at a time.</summary>
public sealed partial class HouseholdBatchBuilderTests
{
    [Fact]
    public void AddSignal_WithHandles_ScreensLikeHouseholdObjects()
    {
        var households = SyntheticPopulation.Generate(AsOf, seed: 12, households: 1_500).ToList();
        var handles = IndicatorCatalog.National.Indicators.ToDictionary(d => d.Code, d => IndicatorHandle.Of(IndicatorCatalog.National, d.Code));
        var builder = new HouseholdBatchBuilder(AsOf);
        foreach (var h in households)
        {
            builder.Add(h.Id, h.District, [.. Enum.GetValues<HouseholdPredicate>().Where(p => h.Satisfies(p, AsOf))]);
            foreach (var s in h.Signals.Reverse())
            {
                builder.AddSignal(handles[s.Indicator], s.Value, s.ObservedOn, s.Source);
            }
        }

        var fromHandles = builder.Build();
        var fromObjects = HouseholdBatch.Create(households, AsOf);

        Assert.Equal(fromObjects.SignalCount, fromHandles.SignalCount);
        Assert.Equal(Screen(fromObjects), Screen(fromHandles));
        Assert.Equal("utility.gas.cutoff", handles[new IndicatorCode("utility.gas.cutoff")].ToString());
    }

    [Fact]
    public void AddSignals_AWideRow_SkipsEmptyCellsAndLaterDays()
    {
        IndicatorHandle[] columns = [Handle("utility.gas.cutoff"), Handle("arrears.gas.months"), Handle("screening.phq9.total")];
        var builder = new HouseholdBatchBuilder(AsOf);
        builder.Add(new HouseholdId("hh-1"), District, []);

        builder.AddSignals(columns, [1, double.NaN, 12], [AsOf.PlusDays(-3), AsOf, AsOf.PlusDays(1)], SignalSource.NationalRound);
        var batch = builder.Build();

        // The empty cell gives no signal and the PHQ-9 of tomorrow is not known yet: only the gas cut-off remains.
        Assert.Equal(1, batch.SignalCount);
        Assert.Equal(Score(BuiltInRuleSets.NationalOutreach, Household([Signal("utility.gas.cutoff", 1, AsOf.PlusDays(-3))])), National.Evaluate(batch, 0));
    }

    [Fact]
    public void AddSignal_WithAnImpossibleValueOrAForeignHandle_ThrowsWithTheReason()
    {
        var builder = new HouseholdBatchBuilder(AsOf);
        builder.Add(new HouseholdId("hh-1"), District, []);
        var foreign = new IndicatorCatalog([IndicatorCatalog.National.Indicators[0]]);

        var flag = Assert.Throws<ArgumentException>(() => builder.AddSignal(Handle("utility.gas.cutoff"), 2, AsOf, SignalSource.NationalRound));
        var phq = Assert.Throws<ArgumentException>(() => builder.AddSignals([Handle("screening.phq9.total")], [99], [AsOf], SignalSource.SessionScreening));
        var infinite = Assert.Throws<ArgumentException>(() => builder.AddSignal(Handle("arrears.gas.months"), double.PositiveInfinity, AsOf, SignalSource.NationalRound));
        var other = Assert.Throws<ArgumentException>(() => builder.AddSignal(IndicatorHandle.Of(foreign, foreign.Indicators[0].Code), 1, AsOf, SignalSource.NationalRound));
        var none = Assert.Throws<ArgumentException>(() => builder.AddSignal(default(IndicatorHandle), 1, AsOf, SignalSource.NationalRound));
        var lengths = Assert.Throws<ArgumentException>(() => builder.AddSignals([Handle("utility.gas.cutoff")], [1, 1], [AsOf], SignalSource.NationalRound));
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => builder.AddSignal(Handle("utility.gas.cutoff"), 1, AsOf, (SignalSource)99));
        Assert.Throws<ArgumentException>(() => IndicatorHandle.Of(IndicatorCatalog.National, new IndicatorCode("no.such.indicator")));

        Assert.Contains("flag", flag.Message, StringComparison.Ordinal);
        Assert.Contains("27", phq.Message, StringComparison.Ordinal);
        Assert.Contains("finite", infinite.Message, StringComparison.Ordinal);
        Assert.Contains("another catalog", other.Message, StringComparison.Ordinal);
        Assert.Contains("default", none.Message, StringComparison.Ordinal);
        Assert.Contains("as many", lengths.Message, StringComparison.Ordinal);
        Assert.Equal(0, builder.Build().SignalCount);
    }

    private static IndicatorHandle Handle(string code) => IndicatorHandle.Of(IndicatorCatalog.National, new IndicatorCode(code));
}
