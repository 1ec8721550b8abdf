using Dalhaengi.Core.Eligibility;
using Dalhaengi.Core.Geography;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Dalhaengi.Core.Tests.Eligibility;

public sealed partial class EmergencySupportEvaluatorTests
{
    [Property(Arbitrary = [typeof(EligibilityArbitraries)])]
    public bool Evaluate_RaisingIncomeNeverTurnsNotEligibleIntoEligible(EmergencySupportRequest request, long raise)
    {
        var raised = new EmergencySupportRequest(
            request.AsOf, request.HouseholdSize, request.MonthlyIncome + raise, request.GeneralAssets,
            request.FinancialAssets, request.RegionType, request.CrisisReasons, request.ForHousingSupport);
        var before = EligibilityTestData.Evaluate(request).Verdict;
        var after = EligibilityTestData.Evaluate(raised).Verdict;

        return before != EligibilityVerdict.NotEligible || after == EligibilityVerdict.NotEligible;
    }

    [Property(Arbitrary = [typeof(EligibilityArbitraries)])]
    public bool Evaluate_IsEligibleOnlyWhenEveryCriterionIsMet(EmergencySupportRequest request)
    {
        var result = EligibilityTestData.Evaluate(request);

        return result.IsEligible == result.Criteria.All(c => c.Outcome == CriterionOutcome.Met);
    }

    public static class EligibilityArbitraries
    {
        private static readonly CrisisReason[] Reasons = [.. CrisisReason.BuiltIn, new("bad-luck"), new("local.heating-arrears")];

        public static Arbitrary<EmergencySupportRequest> Request() =>
            (from day in Gen.Choose(0, 365 * 6)
             from size in Gen.Choose(1, 9)
             from income in Gen.Choose(0, 12_000_000)
             from assets in Gen.Choose(0, 300_000)
             from financial in Gen.Choose(0, 20_000_000)
             from region in Gen.Elements(Enum.GetValues<RegionType>())
             from reasons in Gen.SubListOf(Reasons)
             from housing in Gen.Elements(true, false)
             select new EmergencySupportRequest(
                 new LocalDate(2022, 7, 1).PlusDays(day), size, income, assets * 1_000L, financial, region, reasons, housing)).ToArbitrary();

        public static Arbitrary<long> Raise() => Gen.Choose(0, 5_000_000).Select(i => (long)i).ToArbitrary();
    }
}
