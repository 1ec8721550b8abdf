namespace Dalhaengi.Core.Eligibility;

/// <summary>The criteria of emergency welfare support eligibility, in the order they are reported.</summary>
public enum EligibilityCriterionKind
{
    /// <summary>At least one recognized crisis reason (위기사유): met when the value (the number of recognized reasons) is at least the threshold (1).</summary>
    CrisisReason,

    /// <summary>Monthly household income (소득) in KRW: met when at most the 75 % line of the standard median income (기준 중위소득).</summary>
    Income,

    /// <summary>General assets (일반재산) in KRW: met when at most the limit for the region type.</summary>
    GeneralAssets,

    /// <summary>Financial assets (금융재산) in KRW after the living-reserve deduction: met when at most the limit.</summary>
    FinancialAssets,
}
