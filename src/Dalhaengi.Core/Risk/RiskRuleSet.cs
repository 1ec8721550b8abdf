using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;
using NodaTime;

namespace Dalhaengi.Core.Risk;

/// <summary>
/// A versioned set of risk criteria as data: scoring rules, red flags and tiers. Compile it with
/// <see cref="RiskEvaluator.Compile(RiskRuleSet, IndicatorCatalog)"/> to screen households.
/// </summary>
/// <remarks>
/// An immutable value with structural equality: a rule set read back from its JSON equals the original.
/// The constructor checks everything that does not depend on an indicator catalog (ids, weights, tiers,
/// red-flag tiers, combinators, parameter references); compiling checks the indicators against a catalog.
/// <see cref="Lineage"/> and <see cref="Parameters"/> take part in equality and in the JSON round trip.
/// </remarks>
public sealed record RiskRuleSet
{
    /// <summary>Creates a rule set and validates it.</summary>
    /// <param name="id">The rule set's id, for example <c>kr.national-outreach</c>.</param>
    /// <param name="version">The version, for example <c>2025.1</c>.</param>
    /// <param name="effectiveFrom">The first day the rule set applies.</param>
    /// <param name="description">What the rule set is for.</param>
    /// <param name="tiers">The tiers, lowest first, with strictly increasing minimum scores; at least one.</param>
    /// <param name="rules">The scoring rules.</param>
    /// <param name="redFlags">The red flags.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="DalhaengiValidationException">The rule set is invalid; every problem is listed with its JSON path.</exception>
    public RiskRuleSet(
        string id,
        string version,
        LocalDate effectiveFrom,
        string description,
        IEnumerable<RiskTier> tiers,
        IEnumerable<ScoringRule> rules,
        IEnumerable<RedFlag> redFlags)
        : this(id, version, effectiveFrom, description, tiers, rules, redFlags, [], [], validate: true)
    {
    }

    /// <summary>Creates a rule set with dated parameters and a lineage, and validates it.</summary>
    /// <param name="id">The rule set's id.</param>
    /// <param name="version">The version.</param>
    /// <param name="effectiveFrom">The first day the rule set applies; every parameter must have a value on it.</param>
    /// <param name="description">What the rule set is for.</param>
    /// <param name="tiers">The tiers, lowest first, with strictly increasing minimum scores; at least one.</param>
    /// <param name="rules">The scoring rules.</param>
    /// <param name="redFlags">The red flags.</param>
    /// <param name="parameters">The dated parameters that comparison conditions may reference.</param>
    /// <param name="lineage">
    /// Where the rule set comes from when it was resolved from overlays: the base <c>id@version</c>, then each overlay's
    /// <c>id@version</c>, the last being this rule set; empty for a rule set written out in full.
    /// </param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="DalhaengiValidationException">The rule set is invalid; every problem is listed with its JSON path.</exception>
    public RiskRuleSet(
        string id,
        string version,
        LocalDate effectiveFrom,
        string description,
        IEnumerable<RiskTier> tiers,
        IEnumerable<ScoringRule> rules,
        IEnumerable<RedFlag> redFlags,
        IEnumerable<RuleParameter> parameters,
        IEnumerable<string> lineage)
        : this(id, version, effectiveFrom, description, tiers, rules, redFlags, parameters, lineage, validate: true)
    {
    }

    internal RiskRuleSet(
        string id,
        string version,
        LocalDate effectiveFrom,
        string description,
        IEnumerable<RiskTier> tiers,
        IEnumerable<ScoringRule> rules,
        IEnumerable<RedFlag> redFlags,
        IEnumerable<RuleParameter> parameters,
        IEnumerable<string> lineage,
        bool validate)
    {
        Id = Guard.Against.ResidentNumber(Guard.Against.Null(id));
        Version = Guard.Against.ResidentNumber(Guard.Against.Null(version));
        EffectiveFrom = effectiveFrom;
        Description = Guard.Against.ResidentNumber(Guard.Against.Null(description));
        Tiers = Guard.Against.Null(tiers).ToValueList();
        Rules = Guard.Against.Null(rules).ToValueList();
        RedFlags = Guard.Against.Null(redFlags).ToValueList();
        Parameters = Guard.Against.Null(parameters).ToValueList();
        Lineage = Guard.Against.Null(lineage).Select(l => Guard.Against.ResidentNumber(l, nameof(lineage))).ToValueList();
        if (validate)
        {
            var problems = RiskRuleSetValidator.Validate(this, catalog: null);
            if (problems.Count > 0)
            {
                throw new DalhaengiValidationException($"rule set {id}@{version}", problems);
            }
        }
    }

    /// <summary>The rule set's id.</summary>
    public string Id { get; }

    /// <summary>The version.</summary>
    public string Version { get; }

    /// <summary>The first day the rule set applies.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>What the rule set is for.</summary>
    public string Description { get; }

    /// <summary>The tiers, lowest first.</summary>
    public IReadOnlyList<RiskTier> Tiers { get; }

    /// <summary>The scoring rules, in the order given.</summary>
    public IReadOnlyList<ScoringRule> Rules { get; }

    /// <summary>The red flags, in the order given.</summary>
    public IReadOnlyList<RedFlag> RedFlags { get; }

    /// <summary>The dated parameters that comparison conditions may reference, in the order given.</summary>
    public IReadOnlyList<RuleParameter> Parameters { get; }

    /// <summary>
    /// The base <c>id@version</c> and each overlay's <c>id@version</c> this rule set was resolved from, in order;
    /// empty for a rule set written out in full. Carried into every <see cref="RiskAssessment"/>.
    /// </summary>
    public IReadOnlyList<string> Lineage { get; }

    /// <summary>Finds a parameter by id.</summary>
    /// <param name="parameterId">The parameter's id.</param>
    /// <returns>The parameter, or <see langword="null"/> when there is none.</returns>
    public RuleParameter? FindParameter(string parameterId)
    {
        foreach (var p in Parameters)
        {
            if (string.Equals(p.Id, parameterId, StringComparison.Ordinal))
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>Finds the index of a tier in <see cref="Tiers"/> by id.</summary>
    /// <param name="tierId">The tier's id.</param>
    /// <returns>The index, or -1 when there is no such tier.</returns>
    public int IndexOfTier(string tierId)
    {
        for (var i = 0; i < Tiers.Count; i++)
        {
            if (string.Equals(Tiers[i].Id, tierId, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Returns the id and version.</summary>
    /// <returns>For example <c>kr.national-outreach@2025.1</c>.</returns>
    public override string ToString() => $"{Id}@{Version}";
}
