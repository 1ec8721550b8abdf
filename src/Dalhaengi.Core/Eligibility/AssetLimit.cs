namespace Dalhaengi.Core.Eligibility;

/// <summary>
/// One general-asset limit in KRW, with the other figure some sources report when they disagree
/// (the rural limit is given as 130,000,000 or 135,000,000).
/// </summary>
internal readonly record struct AssetLimit(long Limit, long? OtherReportedLimit);
