using Ardalis.GuardClauses;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Risk;

/// <summary>A household whose tier differs under two rule sets, with both results and the rules that made the difference.</summary>
/// <remarks>
/// A change made by <see cref="RiskWhatIf.Run"/> explains itself on demand: the rules that made the difference are
/// found the first time <see cref="Differences"/> is read (two explanations of the household), so a what-if over a
/// large population pays only for the changes a user looks at. Two changes are equal when every member is.
/// </remarks>
public sealed record TierChange
{
    // Either given, or computed on first read from the what-if's evaluators and the household's batch position
    // (no delegate or Lazy per change: a what-if over a large population may report hundreds of thousands).
    private readonly Func<TierChange, IReadOnlyList<RuleDifference>>? _explain;
    private IReadOnlyList<RuleDifference>? _differences;

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
        _differences = Guard.Against.Null(differences).ToValueList();
    }

    // For RiskWhatIf: the differences are computed on first read by `explain` (one shared delegate) from `index`.
    internal TierChange(HouseholdId household, DistrictCode district, RiskScore before, string beforeTier, RiskScore after, string afterTier, Func<TierChange, IReadOnlyList<RuleDifference>> explain, int index)
    {
        Household = household;
        District = district;
        Before = before;
        BeforeTier = beforeTier;
        After = after;
        AfterTier = afterTier;
        _explain = explain;
        Index = index;
    }

    /// <summary>The household's position in the what-if's batch, for computing the differences on demand.</summary>
    internal int Index { get; }

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
    /// <remarks>Computed on first read for a change made by <see cref="RiskWhatIf.Run"/>.</remarks>
    public IReadOnlyList<RuleDifference> Differences
    {
        get
        {
            // Two threads reading at once may both compute it; the results are equal and one is kept.
            var d = Volatile.Read(ref _differences);
            if (d is null)
            {
                Interlocked.CompareExchange(ref _differences, _explain!(this), null);
                d = _differences!;
            }

            return d;
        }
    }

    /// <summary>Tells whether two changes have equal members, the differences included.</summary>
    /// <param name="other">The other change.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public bool Equals(TierChange? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Household == other.Household && District == other.District && Before == other.Before &&
             string.Equals(BeforeTier, other.BeforeTier, StringComparison.Ordinal) && After == other.After &&
             string.Equals(AfterTier, other.AfterTier, StringComparison.Ordinal) && Differences.SequenceEqual(other.Differences)));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Household, District, Before, BeforeTier, After, AfterTier, Differences.Count);

    /// <summary>Formats the change.</summary>
    /// <returns>For example <c>hh-000123 medium(25) → high(41): financial-arrears(+8→+12); winter-heating(→+15)</c>.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{Household} {BeforeTier}({Before.Score}) → {AfterTier}({After.Score}): {string.Join("; ", Differences)}");
}
