using Ardalis.GuardClauses;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Risk;

/// <summary>A household whose tier differs under two rule sets, with both results and the rules that made the difference.</summary>
public sealed record TierChange
{
    /// <summary>Creates the change.</summary>
    /// <param name="household">The household.</param>
    /// <param name="district">Its district.</param>
    /// <param name="before">Its score and tier index under the first rule set.</param>
    /// <param name="beforeTier">The id of its tier under the first rule set.</param>
    /// <param name="after">Its score and tier index under the second rule set.</param>
    /// <param name="afterTier">The id of its tier under the second rule set.</param>
    /// <param name="differences">The rules and red flags that fired differently.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public TierChange(HouseholdId household, DistrictCode district, RiskScore before, string beforeTier, RiskScore after, string afterTier, IEnumerable<RuleDifference> differences)
    {
        Household = household;
        District = district;
        Before = before;
        BeforeTier = Guard.Against.ResidentNumber(Guard.Against.Null(beforeTier));
        After = after;
        AfterTier = Guard.Against.ResidentNumber(Guard.Against.Null(afterTier));
        Differences = Guard.Against.Null(differences).ToValueList();
    }

    /// <summary>The household.</summary>
    public HouseholdId Household { get; }

    /// <summary>Its district.</summary>
    public DistrictCode District { get; }

    /// <summary>Its score and tier index under the first rule set.</summary>
    public RiskScore Before { get; }

    /// <summary>The id of its tier under the first rule set.</summary>
    public string BeforeTier { get; }

    /// <summary>Its score and tier index under the second rule set.</summary>
    public RiskScore After { get; }

    /// <summary>The id of its tier under the second rule set.</summary>
    public string AfterTier { get; }

    /// <summary>The rules and red flags that fired differently, rules first, each in rule-set order.</summary>
    public IReadOnlyList<RuleDifference> Differences { get; }

    /// <summary>Formats the change.</summary>
    /// <returns>For example <c>hh-000123 medium(25) → high(41): financial-arrears(+8→+12); winter-heating(→+15)</c>.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{Household} {BeforeTier}({Before.Score}) → {AfterTier}({After.Score}): {string.Join("; ", Differences)}");
}
