using Dalhaengi.Core.Risk;
using NodaTime;

namespace Dalhaengi.Core.Tests.Risk;

public sealed class IndicatorCatalogTests
{
    // risk.md §1: first used in the round of 2023-11-20; the NPS emergency old-age loan in the round of 2024-03-25.
    [Theory]
    [InlineData("arrears.water.months", 2023, 11, 20)]
    [InlineData("arrears.gas.months", 2023, 11, 20)]
    [InlineData("debt-adjustment.dropout", 2023, 11, 20)]
    [InlineData("medical.catastrophic-support", 2023, 11, 20)]
    [InlineData("employment.no-insurance-past-year", 2023, 11, 20)]
    [InlineData("loan.nps-emergency-old-age", 2024, 3, 25)]
    public void National_CarriesTheDatesIndicatorsWereAdded(string code, int year, int month, int day)
    {
        var d = IndicatorCatalog.National.Find(new IndicatorCode(code))!;

        Assert.Equal(new LocalDate(year, month, day), d.EffectiveFrom);
        Assert.Equal(IndicatorStartKind.Known, d.StartKind);
    }

    [Theory]
    [InlineData("screening.phq9.total", IndicatorKind.Score, 0, 27)]
    [InlineData("screening.phq9.item9", IndicatorKind.Score, 0, 3)]
    [InlineData("screening.bp.systolic", IndicatorKind.Measurement, 40, 300)]
    public void National_HasTheScreeningInstrumentsWithTheirRanges(string code, IndicatorKind kind, double min, double max)
    {
        var d = IndicatorCatalog.National.Find(new IndicatorCode(code))!;

        Assert.Equal((kind, min, max), (d.Kind, d.Minimum!.Value, d.Maximum!.Value));
    }

    [Fact]
    public void National_HasEveryIndicatorGroupOfTheRiskNote()
    {
        var codes = IndicatorCatalog.National.Indicators.Select(d => d.Code.Value).ToHashSet();

        Assert.Superset(
            new HashSet<string>
            {
                "utility.electricity.cutoff", "arrears.health-insurance.months", "arrears.pension.months", "arrears.telecom.months",
                "arrears.maintenance-fee.months", "arrears.public-rent.months", "arrears.financial.amount", "medical.catastrophic-support",
                "business.closure", "household-head.death", "welfare.basic-livelihood-dropout", "suicide.high-risk",
                "screening.cognitive.positive", "observation.isolated", "observation.skipped-meals", "observation.no-heating", "observation.home-disrepair",
            },
            codes);
    }

    [Fact]
    public void With_AddsCityIndicatorsAfterTheNationalOnes_AndRejectsDuplicates()
    {
        var city = new IndicatorDefinition(new("city.heating-voucher.unused"), new("난방바우처 미사용", "Heating voucher unused"), IndicatorKind.Flag, "", "city", new(2024, 11, 1));
        var extended = IndicatorCatalog.National.With([city]);

        Assert.Equal(IndicatorCatalog.National.Count + 1, extended.Count);
        Assert.Equal(city, extended.Indicators[^1]);
        var ex = Assert.Throws<DalhaengiValidationException>(() => extended.With([city]));
        Assert.Equal($"$.indicators[{extended.Count}].code", Assert.Single(ex.Problems).Path);
    }
}
