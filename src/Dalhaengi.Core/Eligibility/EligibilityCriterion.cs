namespace Dalhaengi.Core.Eligibility;

/// <summary>One criterion of an eligibility evaluation: the household's value, the threshold, and the outcome.</summary>
/// <remarks>
/// Amounts are KRW. For <see cref="EligibilityCriterionKind.CrisisReason"/> the value is the number of recognized
/// reasons and the threshold is 1 (at least); for the other kinds the value must be at most the threshold.
/// </remarks>
public sealed record EligibilityCriterion
{
    internal EligibilityCriterion(
        EligibilityCriterionKind kind,
        CriterionOutcome outcome,
        long value,
        long? threshold,
        ThresholdSource source,
        string explanation)
    {
        Kind = kind;
        Outcome = outcome;
        Value = value;
        Threshold = threshold;
        Source = source;
        Explanation = explanation;
    }

    /// <summary>Which criterion this is.</summary>
    public EligibilityCriterionKind Kind { get; }

    /// <summary>Whether the household meets it, or whether it cannot be decided.</summary>
    public CriterionOutcome Outcome { get; }

    /// <summary>The household's value: KRW, or the number of recognized crisis reasons.</summary>
    public long Value { get; }

    /// <summary>The threshold; <see langword="null"/> when no threshold is confirmed for the date.</summary>
    public long? Threshold { get; }

    /// <summary>Where the threshold came from: published, or computed by the library.</summary>
    public ThresholdSource Source { get; }

    /// <summary>How the value and threshold were found, in one English sentence, for a caseworker.</summary>
    public string Explanation { get; }
}
