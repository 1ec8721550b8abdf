using System.Collections.Frozen;
using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Risk;

/// <summary>
/// The indicators a rule set may use: the national catalog of crisis information (위기정보) plus the on-site
/// screening instruments and consultation observations, optionally extended with a city's own indicators.
/// </summary>
/// <remarks>
/// Each indicator has an ordinal (its position in <see cref="Indicators"/>), which the compiled evaluator and
/// <see cref="HouseholdBatch"/> use to index flat arrays; a batch and an evaluator must share one catalog.
/// Immutable and thread-safe; two catalogs are equal when they list equal definitions in the same order.
/// </remarks>
public sealed class IndicatorCatalog : IEquatable<IndicatorCatalog>
{
    private static readonly Lazy<IndicatorCatalog> LazyNational = new(() => IndicatorCatalogJson.Load("risk/indicators.json"));

    private readonly FrozenDictionary<IndicatorCode, int> _ordinals;

    // Built on first use by OrdinalOf(span), so a catalog read only through codes never pays for it.
    // A reference, so a race between two first uses just builds it twice.
    private FrozenDictionary<string, int>? _byText;

    /// <summary>Creates a catalog.</summary>
    /// <param name="indicators">The definitions; codes must be unique.</param>
    /// <exception cref="ArgumentNullException"><paramref name="indicators"/> is <see langword="null"/>.</exception>
    /// <exception cref="DalhaengiValidationException">Two definitions share a code; each duplicate is listed.</exception>
    public IndicatorCatalog(IEnumerable<IndicatorDefinition> indicators)
    {
        Guard.Against.Null(indicators);
        Indicators = indicators.ToValueList();
        var problems = new List<ValidationProblem>();
        var seen = new HashSet<IndicatorCode>();
        for (var i = 0; i < Indicators.Count; i++)
        {
            if (Indicators[i] is null)
            {
                problems.Add(new($"$.indicators[{i}]", "must not be null"));
            }
            else if (!seen.Add(Indicators[i].Code))
            {
                problems.Add(new($"$.indicators[{i}].code", $"duplicate indicator code '{Indicators[i].Code}'", "give each indicator its own code"));
            }
        }

        if (problems.Count > 0)
        {
            throw new DalhaengiValidationException("indicator catalog", problems);
        }

        _ordinals = Indicators.Select((d, i) => (d.Code, i)).ToFrozenDictionary(x => x.Code, x => x.i);
    }

    /// <summary>The national catalog shipped with the library (embedded <c>Data/risk/indicators.json</c>).</summary>
    /// <remarks>
    /// Every indicator attested in the national blind-spot discovery system with the date it was added where that
    /// date is published, plus PHQ-9 total and item 9, blood pressure, cognitive screening and consultation observations.
    /// </remarks>
    public static IndicatorCatalog National => LazyNational.Value;

    /// <summary>The definitions, in ordinal order.</summary>
    public IReadOnlyList<IndicatorDefinition> Indicators { get; }

    /// <summary>The number of indicators.</summary>
    public int Count => Indicators.Count;

    /// <summary>The number of 64-bit words a presence bit set over this catalog needs.</summary>
    internal int WordCount => (Count + 63) / 64;

    /// <summary>Finds an indicator's definition.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The definition, or <see langword="null"/> when the catalog has no such indicator.</returns>
    public IndicatorDefinition? Find(IndicatorCode code) => _ordinals.TryGetValue(code, out var i) ? Indicators[i] : null;

    /// <summary>Adds a city's own indicators after the existing ones, keeping every existing ordinal.</summary>
    /// <param name="additional">The new definitions; their codes must not already be in the catalog.</param>
    /// <returns>A new catalog.</returns>
    /// <exception cref="DalhaengiValidationException">A code is already in use.</exception>
    public IndicatorCatalog With(IEnumerable<IndicatorDefinition> additional)
    {
        Guard.Against.Null(additional);
        return new IndicatorCatalog(Indicators.Concat(additional));
    }

    /// <summary>Gets the ordinal of an indicator, or -1 when it is not in the catalog.</summary>
    internal int OrdinalOf(IndicatorCode code) => _ordinals.TryGetValue(code, out var i) ? i : -1;

    /// <summary>Gets the ordinal of an indicator by its code's text without making a string, or -1 when it is not in the catalog.</summary>
    internal int OrdinalOf(ReadOnlySpan<char> code)
    {
        var lookup = _byText ??= Indicators
            .Select((d, i) => (d.Code.Value, i))
            .ToFrozenDictionary(x => x.Value, x => x.i, StringComparer.Ordinal);
        return lookup.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(code, out var ordinal) ? ordinal : -1;
    }

    /// <inheritdoc/>
    public bool Equals(IndicatorCatalog? other) =>
        other is not null && (ReferenceEquals(this, other) || Indicators.Equals(other.Indicators));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as IndicatorCatalog);

    /// <inheritdoc/>
    public override int GetHashCode() => Indicators.GetHashCode();

    /// <summary>Returns the number of indicators.</summary>
    /// <returns>For example <c>38 indicators</c>.</returns>
    public override string ToString() => $"{Count} indicators";
}
