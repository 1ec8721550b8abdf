using Dalhaengi.Core.Eligibility;
using Dalhaengi.Core.Geography;
using NodaTime;
using static Dalhaengi.Core.Tests.Eligibility.EligibilityTestData;

namespace Dalhaengi.Core.Tests.Eligibility;

public sealed partial class EmergencySupportEvaluatorTests
{
    // Year, household size, 75 % income line, standard median income. Lines are the published 2024 figures for 1–4
    // persons and otherwise 75 % of the median rounded down; 7 persons uses the median extended by the 6→5 difference.
    public static TheoryData<int, int, long, long> IncomeLines => new()
    {
        { 2023, 1, 1558419L, 2077892L },
        { 2023, 2, 2592116L, 3456155L },
        { 2023, 3, 3326112L, 4434816L },
        { 2023, 4, 4050723L, 5400964L },
        { 2023, 5, 4748016L, 6330688L },
        { 2023, 6, 5420985L, 7227981L },
        { 2023, 7, 6093955L, 8125274L },
        { 2024, 1, 1671334L, 2228445L },
        { 2024, 2, 2761957L, 3682609L },
        { 2024, 3, 3535992L, 4714657L },
        { 2024, 4, 4297434L, 5729913L },
        { 2024, 5, 5021801L, 6695735L },
        { 2024, 6, 5713776L, 7618369L },
        { 2024, 7, 6405752L, 8541003L },
        { 2025, 1, 1794009L, 2392013L },
        { 2025, 2, 2949493L, 3932658L },
        { 2025, 3, 3769014L, 5025353L },
        { 2025, 4, 4573329L, 6097773L },
        { 2025, 5, 5331144L, 7108192L },
        { 2025, 6, 6048603L, 8064805L },
        { 2025, 7, 6766063L, 9021418L },
        { 2026, 1, 1923178L, 2564238L },
        { 2026, 2, 3149469L, 4199292L },
        { 2026, 3, 4019277L, 5359036L },
        { 2026, 4, 4871053L, 6494738L },
        { 2026, 5, 5667539L, 7556719L },
        { 2026, 6, 6416964L, 8555952L },
        { 2026, 7, 7166388L, 9555185L },
    };

    [Theory]
    [MemberData(nameof(IncomeLines))]
    public void Evaluate_WhenIncomeIsExactlyTheLine_IsEligible(int year, int size, long line, long median)
    {
        _ = median;
        var result = Evaluate(Request(new LocalDate(year, 6, 15), size, income: line));

        var income = result.Criterion(EligibilityCriterionKind.Income);
        Assert.Equal(EligibilityVerdict.Eligible, result.Verdict);
        Assert.Equal(CriterionOutcome.Met, income.Outcome);
        Assert.Equal(line, income.Threshold);
        Assert.Equal(line, income.Value);
    }

    [Theory]
    [MemberData(nameof(IncomeLines))]
    public void Evaluate_WhenIncomeIsOneWonAboveTheLine_IsNotEligible(int year, int size, long line, long median)
    {
        _ = median;
        var result = Evaluate(Request(new LocalDate(year, 6, 15), size, income: line + 1));

        Assert.Equal(EligibilityVerdict.NotEligible, result.Verdict);
        Assert.Equal(CriterionOutcome.NotMet, result.Criterion(EligibilityCriterionKind.Income).Outcome);
    }

    [Theory]
    [InlineData(2024, 1, ThresholdSource.Published)]
    [InlineData(2024, 4, ThresholdSource.Published)]
    [InlineData(2024, 5, ThresholdSource.Computed)]
    [InlineData(2023, 1, ThresholdSource.Computed)]
    [InlineData(2025, 1, ThresholdSource.Computed)]
    [InlineData(2026, 4, ThresholdSource.Computed)]
    public void Evaluate_SaysWhetherTheIncomeLineWasPublishedOrComputed(int year, int size, ThresholdSource expected) =>
        Assert.Equal(expected, Evaluate(Request(new LocalDate(year, 1, 1), size)).Criterion(EligibilityCriterionKind.Income).Source);

    [Fact]
    public void Evaluate_WhenAPublishedLineDiffersFromTheComputedOne_UsesThePublishedLine()
    {
        // 75 % of 2,228,445 is 1,671,333.75: computed (rounded down) 1,671,333, published 1,671,334.
        var result = Evaluate(Request(new LocalDate(2024, 3, 1), size: 1, income: 1_671_334));

        var income = result.Criterion(EligibilityCriterionKind.Income);
        Assert.Equal(1_671_334L, income.Threshold);
        Assert.Equal(ThresholdSource.Published, income.Source);
        Assert.Equal(CriterionOutcome.Met, income.Outcome);
    }

    [Fact]
    public void Evaluate_WhenTheHouseholdIsLargerThanTheTable_WarnsThatTheMedianIsComputed()
    {
        var result = Evaluate(Request(new LocalDate(2025, 1, 1), size: 8));

        // 8,064,805 + 2 × (8,064,805 − 7,108,192) = 9,978,031; 75 % rounded down = 7,483,523.
        Assert.Equal(7_483_523L, result.Criterion(EligibilityCriterionKind.Income).Threshold);
        Assert.Contains(result.Warnings, w => w.Contains("8 persons is computed", StringComparison.Ordinal) && w.Contains("9,978,031", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(RegionType.LargeCity, 241_000_000L)]
    [InlineData(RegionType.MediumSmallCity, 152_000_000L)]
    [InlineData(RegionType.Rural, 130_000_000L)]
    public void Evaluate_WhenGeneralAssetsAreAtTheRegionLimit_IsEligibleAndOneWonAboveIsNot(RegionType region, long limit)
    {
        var at = Evaluate(Request(new LocalDate(2025, 5, 1), generalAssets: limit, region: region));
        var above = Evaluate(Request(new LocalDate(2025, 5, 1), generalAssets: limit + 1, region: region));

        Assert.Equal(EligibilityVerdict.Eligible, at.Verdict);
        Assert.Equal(limit, at.Criterion(EligibilityCriterionKind.GeneralAssets).Threshold);
        Assert.Equal(EligibilityVerdict.NotEligible, above.Verdict);
        Assert.Equal(CriterionOutcome.NotMet, above.Criterion(EligibilityCriterionKind.GeneralAssets).Outcome);
    }

    [Fact]
    public void Evaluate_WhenRuralAssetsFallBetweenTheDisputedFigures_AppliesTheLowerAndWarns()
    {
        var result = Evaluate(Request(new LocalDate(2025, 5, 1), generalAssets: 132_000_000, region: RegionType.Rural));

        Assert.Equal(EligibilityVerdict.NotEligible, result.Verdict);
        Assert.Contains(result.Warnings, w => w.Contains("135,000,000", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_WhenRuralAssetsAreBelowBothDisputedFigures_DoesNotWarn() =>
        Assert.Empty(Evaluate(Request(new LocalDate(2025, 5, 1), generalAssets: 100_000_000)).Warnings);

    [Fact]
    public void Evaluate_DeductsOneMonthOfMedianIncomeFromFinancialAssets()
    {
        // 2025, one person: reserve 2,392,013; limit 6,000,000; so 8,392,013 held is exactly at the limit.
        var at = Evaluate(Request(new LocalDate(2025, 5, 1), financialAssets: 8_392_013));
        var above = Evaluate(Request(new LocalDate(2025, 5, 1), financialAssets: 8_392_014));

        var criterion = at.Criterion(EligibilityCriterionKind.FinancialAssets);
        Assert.Equal(6_000_000L, criterion.Value);
        Assert.Equal(6_000_000L, criterion.Threshold);
        Assert.Equal(CriterionOutcome.Met, criterion.Outcome);
        Assert.Equal(CriterionOutcome.NotMet, above.Criterion(EligibilityCriterionKind.FinancialAssets).Outcome);
    }

    [Fact]
    public void Evaluate_WhenFinancialAssetsAreBelowTheReserve_CountsZero() =>
        Assert.Equal(0L, Evaluate(Request(new LocalDate(2025, 5, 1), financialAssets: 1_000_000)).Criterion(EligibilityCriterionKind.FinancialAssets).Value);

    [Fact]
    public void Evaluate_WhenHousingSupport_UsesTheHigherFinancialLimit()
    {
        var result = Evaluate(Request(new LocalDate(2025, 5, 1), financialAssets: 10_392_013, housing: true));

        Assert.Equal(8_000_000L, result.Criterion(EligibilityCriterionKind.FinancialAssets).Threshold);
        Assert.Equal(EligibilityVerdict.Eligible, result.Verdict);
    }
}
