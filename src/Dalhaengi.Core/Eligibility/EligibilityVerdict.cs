namespace Dalhaengi.Core.Eligibility;

/// <summary>The overall result of an eligibility evaluation.</summary>
public enum EligibilityVerdict
{
    /// <summary>Every criterion is met.</summary>
    Eligible,

    /// <summary>At least one criterion is not met (whether or not others could be decided).</summary>
    NotEligible,

    /// <summary>No criterion failed, but at least one could not be decided because no threshold is confirmed for the date.</summary>
    Undetermined,
}
