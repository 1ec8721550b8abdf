namespace Dalhaengi.Core.Eligibility;

/// <summary>
/// Financial-asset limits (금융재산 기준) in KRW, and the living reserve (생활준비금) deducted before comparing,
/// as a percentage of one month's standard median income for the household size.
/// </summary>
internal sealed record FinancialAssetLimits(long General, long Housing, int LivingReservePercentOfMedian);
