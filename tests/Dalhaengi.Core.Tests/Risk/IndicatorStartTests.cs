using Dalhaengi.Core.Risk;
using NodaTime;
using static Dalhaengi.Core.Tests.Risk.TestRules;

namespace Dalhaengi.Core.Tests.Risk;

/// <summary>
/// Indicator start dates recorded only where known (issue #13, risk.md §1), and the warnings back-tests and what-ifs
/// give when they rely on an indicator outside its known period.
/// </summary>
public sealed class IndicatorStartTests
{
    private static IndicatorDefinition Def(string code) => IndicatorCatalog.National.Find(new IndicatorCode(code))!;

    // risk.md §1: telecom arrears by a 2020 amendment (decree draft 2020-06); maintenance fee, business closure and
    // death of the household head with the 29 → 32 expansion (about 2019); crime victim, pension and financial arrears
    // after the launch, dates not found. None may carry the launch date as if it were known.
    [Theory]
    [InlineData("arrears.telecom.months", "2020-06-01")]
    [InlineData("arrears.telecom.amount", "2020-06-01")]
    [InlineData("arrears.maintenance-fee.months", "2015-12-14")]
    [InlineData("business.closure", "2015-12-14")]
    [InlineData("household-head.death", "2015-12-14")]
    [InlineData("victim.crime", "2015-12-14")]
    [InlineData("arrears.pension.months", "2015-12-14")]
    [InlineData("arrears.financial.amount", "2015-12-14")]
    public void National_IndicatorsAddedOnAnUnknownDate_AreNotBeforeTheirBound(string code, string bound)
    {
        var d = Def(code);

        Assert.Equal(IndicatorStartKind.NotBefore, d.StartKind);
        Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Parse(bound).Value, d.EffectiveFrom);
        Assert.False(string.IsNullOrWhiteSpace(d.StartNote));
    }

    [Fact]
    public void OutsideKnownPeriod_SaysBeforeStartOrUnknownStartOrNothing()
    {
        var telecom = Def("arrears.telecom.months");
        var water = Def("arrears.water.months");
        var known = water.WithStart(IndicatorStartKind.Known, null);
        var unknown = water.WithStart(IndicatorStartKind.Unknown, "no source");

        Assert.Contains("not in use before 2020-06-01", telecom.OutsideKnownPeriod(new LocalDate(2019, 6, 1)), StringComparison.Ordinal);
        Assert.Contains("unknown date, not before 2020-06-01", telecom.OutsideKnownPeriod(new LocalDate(2024, 6, 1)), StringComparison.Ordinal);
        Assert.Contains("not in use before 2023-11-20", water.OutsideKnownPeriod(new LocalDate(2023, 11, 19)), StringComparison.Ordinal);
        Assert.Null(water.OutsideKnownPeriod(new LocalDate(2023, 11, 20)));
        Assert.Null(known.OutsideKnownPeriod(new LocalDate(2025, 1, 1)));
        Assert.Contains("no known start date (no source)", unknown.OutsideKnownPeriod(new LocalDate(2025, 1, 1)), StringComparison.Ordinal);
    }

    [Fact]
    public void BackTest_RelyingOnIndicatorsBeforeTheyExisted_Warns()
    {
        var set = With(Rule(RiskCondition.Present("arrears.water.months"), 30, "water"), Rule(RiskCondition.Present("observation.isolated"), 10, "isolated"));
        var early = new LocalDate(2020, 3, 1);
        var batch = HouseholdBatch.Create([Household([Signal("observation.isolated")], id: "hh-1")], early);

        var report = RiskBackTest.Run(RiskEvaluator.Compile(set), batch, [new(new("hh-1"), true, early.PlusDays(5))], budget: 1);
        var later = RiskBackTest.Run(RiskEvaluator.Compile(set), HouseholdBatch.Create([Household([], id: "hh-1")], AsOf), [], budget: 1);

        Assert.Contains(report.Warnings, w => w.Contains("'arrears.water.months' was not in use before 2023-11-20", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Warnings, w => w.Contains("observation.isolated", StringComparison.Ordinal));
        Assert.Empty(later.Warnings);
    }

    [Fact]
    public void WhatIf_RelyingOnAnIndicatorWithAnUnknownStart_WarnsForEitherRuleSet()
    {
        var before = With(Rule(RiskCondition.Present("observation.isolated"), 10, "isolated"));
        var after = With(Rule(RiskCondition.Present("victim.crime"), 10, "crime"));
        var batch = HouseholdBatch.Create([Household([Signal("victim.crime")], id: "hh-1")], AsOf);

        var report = RiskWhatIf.Run(RiskEvaluator.Compile(before), RiskEvaluator.Compile(after), batch);

        var warning = Assert.Single(report.Warnings);
        Assert.Contains("'victim.crime' started on an unknown date, not before 2015-12-14", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"effectiveFrom\": \"2020-01-01\", \"notBefore\": \"2020-01-01\"", "gives more than one start")]
    [InlineData("\"unit\": \"\"", "has no start")]
    public void Parse_WhenTheStartIsMissingOrDouble_NamesThePath(string start, string message)
    {
        var json = $$"""
            { "indicators": [ { "code": "x.y", "name": { "ko": "가", "en": "A" }, "kind": "flag", "supplier": "s", {{start}} } ] }
            """;

        var ex = Assert.Throws<DalhaengiValidationException>(() => IndicatorCatalogJson.Parse(json, "t.json"));

        Assert.Contains(ex.Problems, p => p.Path == "$.indicators[0]" && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_StartUnknown_IsUnknownWithItsNote()
    {
        const string json = """
            { "indicators": [ { "code": "x.y", "name": { "ko": "가", "en": "A" }, "kind": "flag", "supplier": "s", "startUnknown": true, "startNote": "city data" } ] }
            """;

        var d = IndicatorCatalogJson.Parse(json, "t.json").Indicators[0];

        Assert.Equal(IndicatorStartKind.Unknown, d.StartKind);
        Assert.Equal("city data", d.StartNote);
    }
}
