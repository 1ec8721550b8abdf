using Ardalis.GuardClauses;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Risk;

/// <summary>Explains one scoring rule that fired: which rule, how many points, and the signals it used.</summary>
public sealed record RiskContribution
{
    /// <summary>Creates the contribution.</summary>
    /// <param name="ruleId">The rule's id.</param>
    /// <param name="description">The rule's description.</param>
    /// <param name="points">The points it added.</param>
    /// <param name="signals">The signals that satisfied its condition; empty when it tested household facts only.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public RiskContribution(string ruleId, string description, int points, IEnumerable<CrisisSignal> signals)
    {
        RuleId = Guard.Against.ResidentNumber(Guard.Against.Null(ruleId));
        Description = Guard.Against.ResidentNumber(Guard.Against.Null(description));
        Points = points;
        Signals = Guard.Against.Null(signals).ToValueList();
    }

    /// <summary>The rule's id.</summary>
    public string RuleId { get; }

    /// <summary>The rule's description.</summary>
    public string Description { get; }

    /// <summary>The points it added.</summary>
    public int Points { get; }

    /// <summary>The signals that satisfied its condition, ordered by indicator, date, value and source.</summary>
    public IReadOnlyList<CrisisSignal> Signals { get; }
}
