using Dalhaengi.Core.Eligibility;
using NodaTime;
using static Dalhaengi.Core.Tests.Eligibility.EligibilityTestData;

namespace Dalhaengi.Core.Tests.Eligibility;

public sealed partial class EmergencySupportEvaluatorTests
{
    [Fact]
    public void Evaluate_WhenBeforeTheData_IsUndeterminedWithNoThreshold()
    {
        var result = Evaluate(Request(new LocalDate(2022, 12, 31)));

        Assert.Equal(EligibilityVerdict.Undetermined, result.Verdict);
        var income = result.Criterion(EligibilityCriterionKind.Income);
        Assert.Equal(CriterionOutcome.NotDeterminable, income.Outcome);
        Assert.Null(income.Threshold);
        Assert.Equal(ThresholdSource.None, income.Source);
        Assert.Contains(result.Warnings, w => w == "no standard median income for 2022-12-31: the data starts on 2023-01-01");
    }

    [Fact]
    public void Evaluate_WhenAfterTheConfirmedPeriod_IsUndeterminedRatherThanUsingTheLastYear()
    {
        var result = Evaluate(Request(new LocalDate(2027, 1, 1), income: 1));

        Assert.Equal(EligibilityVerdict.Undetermined, result.Verdict);
        Assert.All(result.Criteria.Skip(1), c => Assert.Equal(CriterionOutcome.NotDeterminable, c.Outcome));
        Assert.Contains(result.Warnings, w => w.Contains("confirmed through 2026-12-31", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_WhenOnTheLastConfirmedDay_IsDetermined() =>
        Assert.Equal(EligibilityVerdict.Eligible, Evaluate(Request(new LocalDate(2026, 12, 31))).Verdict);

    [Fact]
    public void Evaluate_WhenThePublishedYearEnds_ComputesTheNextYearsLine()
    {
        var lastDay = Evaluate(Request(new LocalDate(2024, 12, 31))).Criterion(EligibilityCriterionKind.Income);
        var nextDay = Evaluate(Request(new LocalDate(2025, 1, 1))).Criterion(EligibilityCriterionKind.Income);

        Assert.Equal((1_671_334L, ThresholdSource.Published), (lastDay.Threshold!.Value, lastDay.Source));
        Assert.Equal((1_794_009L, ThresholdSource.Computed), (nextDay.Threshold!.Value, nextDay.Source));
    }

    [Fact]
    public void Evaluate_WhenNoDataAndNoCrisisReason_IsNotEligible()
    {
        var request = new EmergencySupportRequest(new LocalDate(2022, 1, 1), 1, 0, 0, 0, Core.Geography.RegionType.Rural, [], false);

        Assert.Equal(EligibilityVerdict.NotEligible, Evaluate(request).Verdict);
    }

    [Fact]
    public void Evaluate_WhenOnlyAnUnknownReason_FailsTheCrisisCriterionAndWarns()
    {
        var result = Evaluate(Request(new LocalDate(2025, 1, 1), reasons: [new CrisisReason("bad-luck")]));

        var crisis = result.Criterion(EligibilityCriterionKind.CrisisReason);
        Assert.Equal((0L, 1L, CriterionOutcome.NotMet), (crisis.Value, crisis.Threshold!.Value, crisis.Outcome));
        Assert.Contains(result.Warnings, w => w.Contains("'bad-luck' is not recognized", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_WhenALocalOrdinanceReason_MeetsTheCrisisCriterion()
    {
        var result = Evaluate(Request(new LocalDate(2025, 1, 1), reasons: [new CrisisReason("local.rent-arrears-after-job-loss")]));

        Assert.Equal(EligibilityVerdict.Eligible, result.Verdict);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Evaluate_ReportsTheCriteriaInOrder() =>
        Assert.Equal(
            Enum.GetValues<EligibilityCriterionKind>(),
            Evaluate(Request(new LocalDate(2025, 1, 1))).Criteria.Select(c => c.Kind));
}
