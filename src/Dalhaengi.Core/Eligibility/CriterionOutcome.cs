namespace Dalhaengi.Core.Eligibility;

/// <summary>The outcome of one eligibility criterion.</summary>
public enum CriterionOutcome
{
    /// <summary>The household meets the criterion.</summary>
    Met,

    /// <summary>The household does not meet the criterion.</summary>
    NotMet,

    /// <summary>No confirmed threshold exists for the date, so the criterion cannot be decided.</summary>
    NotDeterminable,
}
