using Dalhaengi.Core.Risk;
using NodaTime;
using static Dalhaengi.Core.Tests.Risk.TestRules;

namespace Dalhaengi.Core.Tests.Risk;

public sealed class RuleParameterTests
{
    private static readonly RuleParameter ArrearsMax = new(
        "financial-arrears-max",
        "upper bound of the band",
        new DatedParameter<double>([new(new LocalDate(2015, 12, 1), 10_000_000), new(new LocalDate(2023, 1, 1), 20_000_000)], new LocalDate(2025, 12, 31)));

    private static RiskRuleSet BandSet(string parameter = "financial-arrears-max") => new(
        "test.rules", "1", new LocalDate(2025, 1, 1), "test", Tiers,
        [Rule(ComparisonCondition.WithParameters(new IndicatorCode("arrears.financial.amount"), ComparisonOperator.Between, 1_000_000, null, null, parameter, null), 8)],
        [], [ArrearsMax], []);

    [Theory]
    [InlineData("2015-11-30", false)] // before the first value: no value, the comparison never holds
    [InlineData("2015-12-01", false)] // upper bound 10,000,000
    [InlineData("2022-12-31", false)]
    [InlineData("2023-01-01", true)] // upper bound 20,000,000 from this day
    [InlineData("2025-12-31", true)]
    [InlineData("2026-01-01", true)] // past the confirmed period: the last value still applies
    public void Evaluate_WhenBoundIsADatedParameter_UsesTheValueInForceOnTheAsOfDate(string asOf, bool fires)
    {
        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(asOf).Value;
        var household = Household([Signal("arrears.financial.amount", 15_000_000, date)]);

        Assert.Equal(fires ? 8 : 0, Score(BandSet(), household, date).Score);
    }

    [Theory]
    [InlineData("2025-12-31", 0)]
    [InlineData("2026-01-01", 1)]
    [InlineData("2015-11-30", 1)]
    public void Explain_WhenParameterIsUnconfirmedOrMissing_CarriesAWarning(string asOf, int warnings)
    {
        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(asOf).Value;
        var evaluator = RiskEvaluator.Compile(BandSet());

        var assessment = evaluator.Explain(Household([Signal("arrears.financial.amount", 15_000_000, date)]), date);

        Assert.Equal(warnings, assessment.Warnings.Count);
        Assert.Equal(assessment.Warnings, evaluator.WarningsAt(date));
        Assert.All(assessment.Warnings, w => Assert.StartsWith("parameter 'financial-arrears-max':", w, StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_WhenBatchesHaveDifferentDates_PicksTheProgramOfEachDate()
    {
        var evaluator = RiskEvaluator.Compile(BandSet());
        var signal = Signal("arrears.financial.amount", 15_000_000, new LocalDate(2022, 6, 1));
        var household = Household([signal]);

        Assert.Equal(0, evaluator.Evaluate(HouseholdBatch.Create([household], new LocalDate(2022, 6, 1)), 0).Score);
        Assert.Equal(8, evaluator.Evaluate(HouseholdBatch.Create([household], new LocalDate(2023, 6, 1)), 0).Score);
    }

    [Fact]
    public void Constructor_WhenConditionNamesAnUnknownParameter_ReportsItsPath()
    {
        var ex = Assert.Throws<DalhaengiValidationException>(() => BandSet("no-such"));

        Assert.Contains(ex.Problems, p => p.Path == "$.rules[0].when.maxParameter" && p.Message.Contains("no-such", StringComparison.Ordinal));
    }

    [Fact]
    public void Constructor_WhenParameterStartsAfterEffectiveFrom_ReportsItsFirstValue()
    {
        var late = new RuleParameter("p", "", new DatedParameter<double>([new(new LocalDate(2026, 1, 1), 1)]));

        var ex = Assert.Throws<DalhaengiValidationException>(() => new RiskRuleSet("t", "1", new LocalDate(2025, 1, 1), "", Tiers, [Rule(RiskCondition.Present("victim.crime"))], [], [late], []));

        Assert.Equal("$.parameters[0].values[0].start", Assert.Single(ex.Problems).Path);
    }

    [Fact]
    public void Parse_WhenParameterValueIsOutsideTheIndicatorRange_ReportsTheParameterReference()
    {
        var json = """
            {"id": "t", "version": "1", "effectiveFrom": "2025-01-01",
             "tiers": [{"id": "low", "name": {"ko": "관찰", "en": "Low"}, "minScore": 0, "action": "Monitor", "responseDays": 60}],
             "parameters": [{"id": "phq", "values": [{"start": "2020-01-01", "value": 40}]}],
             "rules": [{"id": "r", "description": "", "points": 5, "when": {"kind": "compare", "indicator": "screening.phq9.total", "op": ">=", "valueParameter": "phq"}}]}
            """;

        var ex = Assert.Throws<DalhaengiValidationException>(() => RiskRuleSetJson.Parse(json));

        Assert.Contains(ex.Problems, p => p.Path == "$.rules[0].when.valueParameter");
    }

    [Fact]
    public void Serialize_WhenRuleSetHasParametersAndLineage_RoundTripsToAnEqualRuleSet()
    {
        var set = new RiskRuleSetRegistry().Parse(System.IO.File.ReadAllText(HwaseongOverlay), "hwaseong-city.json");

        var back = RiskRuleSetJson.Parse(RiskRuleSetJson.Serialize(set));

        Assert.Equal(set, back);
        Assert.Equal(["kr.national-outreach@2025.1", "hwaseong.city@2025.1"], back.Lineage);
        Assert.Single(back.Parameters);
    }

    internal static string HwaseongOverlay => SampleFile("hwaseong-city.json");

    internal static string WinterOverlay => SampleFile("winter-heating.json");

    private static string SampleFile(string name)
    {
        var dir = new System.IO.DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "samples", "overlays", name)))
        {
            dir = dir.Parent;
        }

        return System.IO.Path.Combine(dir?.FullName ?? ".", "samples", "overlays", name);
    }
}
