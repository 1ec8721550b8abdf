using Dalhaengi.Core.Eligibility;
using Dalhaengi.Core.Geography;
using NodaTime;

namespace Dalhaengi.Core.Tests.Eligibility;

/// <summary>Builds requests that meet every criterion except the one a test varies.</summary>
internal static class EligibilityTestData
{
    public static EmergencySupportRequest Request(
        LocalDate asOf,
        int size = 1,
        long income = 0,
        long generalAssets = 0,
        long financialAssets = 0,
        RegionType region = RegionType.Rural,
        bool housing = false,
        params CrisisReason[] reasons) =>
        new(asOf, size, income, generalAssets, financialAssets, region, reasons.Length == 0 ? [CrisisReason.JobLoss] : reasons, housing);

    public static EmergencySupportResult Evaluate(EmergencySupportRequest request) =>
        new EmergencySupportEvaluator(EmergencySupportThresholds.Default).Evaluate(request);
}
