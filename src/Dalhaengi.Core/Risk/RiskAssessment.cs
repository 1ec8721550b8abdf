using Ardalis.GuardClauses;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Internal;
using NodaTime;

namespace Dalhaengi.Core.Risk;

/// <summary>
/// The explained result of screening one household as of a date with one rule set: score, tier, every rule and
/// red flag that fired and the signals each used, and the rule set id and version so it can be reproduced.
/// </summary>
/// <remarks>Same household, date and rule set give an equal assessment, whatever the order of signals and members.</remarks>
public sealed record RiskAssessment
{
    /// <summary>Creates the assessment.</summary>
    /// <param name="household">The household assessed.</param>
    /// <param name="asOf">The date it was assessed as of.</param>
    /// <param name="ruleSetId">The id of the rule set used.</param>
    /// <param name="ruleSetVersion">The version of the rule set used.</param>
    /// <param name="score">The score.</param>
    /// <param name="tier">The tier, after red flags.</param>
    /// <param name="contributions">The scoring rules that fired, in rule-set order.</param>
    /// <param name="redFlags">The red flags that fired, in rule-set order.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public RiskAssessment(
        HouseholdId household,
        LocalDate asOf,
        string ruleSetId,
        string ruleSetVersion,
        int score,
        RiskTier tier,
        IEnumerable<RiskContribution> contributions,
        IEnumerable<FiredRedFlag> redFlags)
        : this(household, asOf, ruleSetId, ruleSetVersion, score, tier, contributions, redFlags, [], [])
    {
    }

    /// <summary>Creates the assessment with the rule set's lineage and the warnings of the evaluation.</summary>
    /// <param name="household">The household assessed.</param>
    /// <param name="asOf">The date it was assessed as of.</param>
    /// <param name="ruleSetId">The id of the rule set used.</param>
    /// <param name="ruleSetVersion">The version of the rule set used.</param>
    /// <param name="score">The score.</param>
    /// <param name="tier">The tier, after red flags.</param>
    /// <param name="contributions">The scoring rules that fired, in rule-set order.</param>
    /// <param name="redFlags">The red flags that fired, in rule-set order.</param>
    /// <param name="lineage">The rule set's <see cref="RiskRuleSet.Lineage"/>.</param>
    /// <param name="warnings">What needs attention, for example a parameter with no value confirmed for the as-of date.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public RiskAssessment(
        HouseholdId household,
        LocalDate asOf,
        string ruleSetId,
        string ruleSetVersion,
        int score,
        RiskTier tier,
        IEnumerable<RiskContribution> contributions,
        IEnumerable<FiredRedFlag> redFlags,
        IEnumerable<string> lineage,
        IEnumerable<string> warnings)
    {
        Household = household;
        AsOf = asOf;
        RuleSetId = Guard.Against.ResidentNumber(Guard.Against.Null(ruleSetId));
        RuleSetVersion = Guard.Against.ResidentNumber(Guard.Against.Null(ruleSetVersion));
        Score = score;
        Tier = Guard.Against.Null(tier);
        Contributions = Guard.Against.Null(contributions).ToValueList();
        RedFlags = Guard.Against.Null(redFlags).ToValueList();
        Lineage = Guard.Against.Null(lineage).Select(l => Guard.Against.ResidentNumber(l, nameof(lineage))).ToValueList();
        Warnings = Guard.Against.Null(warnings).Select(w => Guard.Against.ResidentNumber(w, nameof(warnings))).ToValueList();
    }

    /// <summary>The household assessed.</summary>
    public HouseholdId Household { get; }

    /// <summary>The date it was assessed as of.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The id of the rule set used.</summary>
    public string RuleSetId { get; }

    /// <summary>The version of the rule set used.</summary>
    public string RuleSetVersion { get; }

    /// <summary>The score: the sum of the contributions' points.</summary>
    public int Score { get; }

    /// <summary>The tier, after red flags.</summary>
    public RiskTier Tier { get; }

    /// <summary>The scoring rules that fired.</summary>
    public IReadOnlyList<RiskContribution> Contributions { get; }

    /// <summary>The red flags that fired.</summary>
    public IReadOnlyList<FiredRedFlag> RedFlags { get; }

    /// <summary>The base and overlays the rule set was resolved from (<c>id@version</c> each); empty for a rule set written in full.</summary>
    public IReadOnlyList<string> Lineage { get; }

    /// <summary>What needs attention in this assessment, for example a parameter applied past its confirmed period; usually empty.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The last day to respond: <see cref="AsOf"/> plus the tier's response deadline.</summary>
    public LocalDate RespondBy => AsOf.PlusDays(Tier.ResponseDays);

    /// <summary>Lists the reasons as <c>rule-id(+points)</c> and <c>!red-flag-id</c>, separated by <c>;</c>.</summary>
    /// <returns>The reasons on one line; empty when nothing fired.</returns>
    public string Reasons() =>
        string.Join(';', Contributions.Select(c => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{c.RuleId}({c.Points:+0;-0;0})"))
            .Concat(RedFlags.Select(f => "!" + f.RedFlagId)));

    /// <summary>Returns the household, score and tier.</summary>
    /// <returns>For example <c>hh-000123 55 high</c>.</returns>
    public override string ToString() => $"{Household} {Score} {Tier.Id}";
}
