using Dalhaengi.Core.Eligibility;
using Dalhaengi.Core.Geography;
using NodaTime;
using static Dalhaengi.Core.Tests.Eligibility.EligibilityTestData;

namespace Dalhaengi.Core.Tests.Eligibility;

public sealed partial class EmergencySupportEvaluatorTests
{
    // Year, household size, 75 % income line, standard median income, for sizes 1–10 in 2023–2026, computed from the
    // figures of the domain note (risk.md §4) in EmergencySupportEvaluatorTests.DomainFigures.cs.
    public static TheoryData<int, int, long, long> IncomeLines => DomainIncomeLines();

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

        // The ministry's rule: 8,988,428 + 1 × (8,988,428 − 8,064,805) = 9,912,051; 75 % rounded down = 7,434,038.
        Assert.Equal(7_434_038L, result.Criterion(EligibilityCriterionKind.Income).Threshold);
        Assert.Contains(result.Warnings, w => w.Contains("8 persons is computed", StringComparison.Ordinal) && w.Contains("9,912,051", StringComparison.Ordinal));
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
