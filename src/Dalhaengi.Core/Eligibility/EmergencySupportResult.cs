namespace Dalhaengi.Core.Eligibility;

/// <summary>The result of evaluating a household for emergency welfare support (긴급복지지원).</summary>
public sealed record EmergencySupportResult
{
    internal EmergencySupportResult(
        EmergencySupportRequest request,
        EligibilityVerdict verdict,
        IReadOnlyList<EligibilityCriterion> criteria,
        IReadOnlyList<string> warnings)
    {
        Request = request;
        Verdict = verdict;
        Criteria = criteria;
        Warnings = warnings;
    }

    /// <summary>The request that was evaluated.</summary>
    public EmergencySupportRequest Request { get; }

    /// <summary>Eligible, not eligible, or undetermined (no confirmed threshold for the date).</summary>
    public EligibilityVerdict Verdict { get; }

    /// <summary>Whether the verdict is <see cref="EligibilityVerdict.Eligible"/>.</summary>
    public bool IsEligible => Verdict == EligibilityVerdict.Eligible;

    /// <summary>Every criterion, in the order of <see cref="EligibilityCriterionKind"/>.</summary>
    public IReadOnlyList<EligibilityCriterion> Criteria { get; }

    /// <summary>What a caseworker should check: missing or unconfirmed data, computed figures, disputed limits, unknown reasons.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Gets one criterion.</summary>
    /// <param name="kind">Which criterion.</param>
    /// <returns>The criterion.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a known criterion.</exception>
    public EligibilityCriterion Criterion(EligibilityCriterionKind kind) =>
        Criteria.FirstOrDefault(c => c.Kind == kind)
        ?? throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown criterion.");
}
