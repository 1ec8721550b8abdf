using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Dalhaengi.Core.Risk;

/// <summary>
/// The rule sets an overlay may extend, by <c>id@version</c>: the built-ins and any the caller adds, written out in
/// full or as overlays themselves, so that chains (national → province → city) resolve in order.
/// </summary>
/// <remarks>
/// <para>
/// Immutable: <see cref="With(RiskRuleSet)"/> and <see cref="WithJson"/> return a new registry. Overlays added with
/// <see cref="WithJson"/> are checked for shape at once and resolved on <see cref="Resolve"/>, so files may be added in
/// any order. A reference is <c>id@version</c>, or a bare <c>id</c> when exactly one version of it is known.
/// </para>
/// <para>
/// Resolving an overlay yields a plain <see cref="RiskRuleSet"/> with the overlay's id and version, its
/// <c>effectiveFrom</c> and description when given (the base's otherwise), and <see cref="RiskRuleSet.Lineage"/>
/// = the base's lineage (or the base itself) followed by the overlay. An overlay with no changes resolves to a rule
/// set whose tiers, rules, red flags, parameters and <c>effectiveFrom</c> equal the base's.
/// </para>
/// </remarks>
public sealed class RiskRuleSetRegistry
{
    private readonly ImmutableDictionary<string, object> _entries;

    /// <summary>Creates a registry holding the built-in rule sets (<see cref="BuiltInRuleSets"/>).</summary>
    /// <param name="catalog">The indicator catalog resolved rule sets are validated against; <see cref="IndicatorCatalog.National"/> when <see langword="null"/>.</param>
    public RiskRuleSetRegistry(IndicatorCatalog? catalog = null)
        : this(catalog ?? IndicatorCatalog.National, ImmutableDictionary<string, object>.Empty.WithComparers(StringComparer.Ordinal)
            .Add(BuiltInRuleSets.NationalOutreach.ToString(), BuiltInRuleSets.NationalOutreach))
    {
    }

    private RiskRuleSetRegistry(IndicatorCatalog catalog, ImmutableDictionary<string, object> entries)
    {
        Catalog = catalog;
        _entries = entries;
    }

    /// <summary>The catalog resolved rule sets are validated against.</summary>
    public IndicatorCatalog Catalog { get; }

    /// <summary>The known rule sets as <c>id@version</c>, sorted ordinally.</summary>
    public IReadOnlyList<string> Known => [.. _entries.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Returns a registry that also knows a rule set (replacing one with the same id and version, except a built-in).</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <returns>The new registry.</returns>
    /// <remarks>
    /// A built-in is never replaced, so that "the built-in" in a comparison always means the built-in: an edited copy
    /// must carry its own version (or id). Adding a rule set the registry already holds (the built-in itself) changes nothing.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="ruleSet"/> has the id and version of a built-in rule set but is another instance.</exception>
    public RiskRuleSetRegistry With(RiskRuleSet ruleSet)
    {
        Guard.Against.Null(ruleSet);
        // The very rule set it already knows (a host passing the rule set in use, which may be the built-in): no change.
        if (_entries.TryGetValue(ruleSet.ToString(), out var known) && ReferenceEquals(known, ruleSet))
        {
            return this;
        }

        if (BuiltInCollision(ruleSet.ToString()) is { } problem)
        {
            throw new ArgumentException(problem.Message + "; " + problem.Hint, nameof(ruleSet));
        }

        return new(Catalog, _entries.SetItem(ruleSet.ToString(), ruleSet));
    }

    /// <summary>
    /// The problem of a file whose <c>id@version</c> is that of a built-in: added, it would replace the built-in, and
    /// <c>rules diff</c>/<c>whatif</c> against "the built-in" would compare the copy with itself.
    /// </summary>
    private static ValidationProblem? BuiltInCollision(string key) =>
        key == BuiltInRuleSets.NationalOutreach.ToString()
            ? new ValidationProblem("$.version", $"'{key}' is the id@version of the built-in rule set {key}; a copy may not reuse it, or comparisons with the built-in would compare the copy with itself",
                "give the edited copy its own version (for example \"2025.1-yangpyeong\") or id, or write it as an overlay with \"extends\"")
            : null;

    /// <summary>Returns a registry that also knows a rule file: a full rule set (validated now) or an overlay (resolved on use).</summary>
    /// <param name="json">The file's JSON text.</param>
    /// <param name="source">The file name, used in error messages.</param>
    /// <returns>The new registry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="DalhaengiValidationException">
    /// The file is malformed or invalid, or has the <c>id@version</c> of a built-in rule set; every problem is listed with its JSON path.
    /// </exception>
    public RiskRuleSetRegistry WithJson(string json, string source)
    {
        Guard.Against.Null(json);
        Guard.Against.NullOrWhiteSpace(source);
        var doc = RiskRuleSetJson.Read(json, source);
        if (doc.Extends is null)
        {
            var set = RiskRuleSetJson.FromDocument(doc, Catalog, source);
            ThrowIfBuiltIn(set.ToString(), source);
            return new(Catalog, _entries.SetItem(set.ToString(), set));
        }

        var overlay = RiskRuleSetJson.ReadOverlay(doc, source);
        ThrowIfBuiltIn(overlay.Key, source);
        return new(Catalog, _entries.SetItem(overlay.Key, overlay));
    }

    /// <summary>Resolves a known rule set or overlay chain into a plain rule set.</summary>
    /// <param name="reference"><c>id@version</c>, or a bare id when one version of it is known.</param>
    /// <returns>The resolved rule set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> is <see langword="null"/>.</exception>
    /// <exception cref="DalhaengiValidationException">
    /// The reference is unknown, or an overlay in the chain names a missing base, forms a cycle, overrides what its base
    /// does not have, or resolves to an invalid rule set; the problems name the overlay file and JSON path.
    /// </exception>
    public RiskRuleSet Resolve(string reference)
    {
        Guard.Against.NullOrWhiteSpace(reference);
        return Find(reference) is { } key
            ? ResolveKey(key, [])
            : throw new DalhaengiValidationException("rule set registry", [new(reference, $"unknown rule set '{reference}'", "known: " + string.Join(", ", Known))]);
    }

    /// <summary>Reads a rule file and resolves it against this registry, without adding it.</summary>
    /// <param name="json">The file's JSON text: a full rule set or an overlay.</param>
    /// <param name="source">The file name, used in error messages.</param>
    /// <returns>The resolved rule set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="DalhaengiValidationException">The file or its chain is invalid; see <see cref="Resolve"/>.</exception>
    public RiskRuleSet Parse(string json, string source)
    {
        Guard.Against.Null(json);
        Guard.Against.NullOrWhiteSpace(source);
        var doc = RiskRuleSetJson.Read(json, source);
        if (doc.Extends is null)
        {
            return RiskRuleSetJson.FromDocument(doc, Catalog, source);
        }

        var overlay = RiskRuleSetJson.ReadOverlay(doc, source);
        return Apply(overlay, [overlay.Key]);
    }

    private static void ThrowIfBuiltIn(string key, string source)
    {
        if (BuiltInCollision(key) is { } problem)
        {
            throw new DalhaengiValidationException(source, [problem]);
        }
    }

    private string? Find(string reference)
    {
        if (_entries.ContainsKey(reference))
        {
            return reference;
        }

        var versions = _entries.Keys.Where(k => k.StartsWith(reference + "@", StringComparison.Ordinal)).ToList();
        return !reference.Contains('@', StringComparison.Ordinal) && versions.Count == 1 ? versions[0] : null;
    }

    private RiskRuleSet ResolveKey(string key, List<string> chain)
    {
        chain.Add(key);
        return _entries[key] is RiskOverlay overlay ? Apply(overlay, chain) : (RiskRuleSet)_entries[key];
    }

    private RiskRuleSet Apply(RiskOverlay overlay, List<string> chain)
    {
        var baseKey = Find(overlay.Extends);
        if (baseKey is null)
        {
            throw new DalhaengiValidationException(overlay.Source,
                [new("$.extends", $"unknown base rule set '{overlay.Extends}'", "known: " + string.Join(", ", Known))]);
        }

        if (chain.Contains(baseKey))
        {
            throw new DalhaengiValidationException(overlay.Source,
                [new("$.extends", $"the overlays form a cycle: {string.Join(" → ", chain.Append(baseKey))}", "make the chain end at a rule set written out in full")]);
        }

        return OverlayResolver.Apply(ResolveKey(baseKey, chain), overlay, Catalog);
    }
}
