using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;
using NodaTime;

namespace Dalhaengi.Core.Risk;

/// <summary>
/// What changes when a population is screened with a second rule set instead of the first, as of one date: the tier
/// transition matrix, the counts by district and the households whose tier changed, each with the rules that made
/// the difference. Made by <see cref="RiskWhatIf.Run"/>.
/// </summary>
/// <remarks>
/// A household "changed" when the id of its tier differs; the matrix is indexed by the tiers of each rule set
/// (<see cref="BeforeTiers"/> rows, <see cref="AfterTiers"/> columns), which may differ in number.
/// </remarks>
public sealed class WhatIfReport
{
    private readonly int[] _matrix;

    internal WhatIfReport(RiskRuleSet before, RiskRuleSet after, LocalDate asOf, int households, int[] matrix, IEnumerable<WhatIfDistrict> districts, IEnumerable<TierChange> changed, IEnumerable<string>? warnings = null)
    {
        Warnings = (warnings ?? []).ToValueList();
        Before = before;
        After = after;
        AsOf = asOf;
        Households = households;
        _matrix = matrix;
        Districts = districts.ToValueList();
        Changed = changed.ToValueList();
    }

    /// <summary>
    /// Indicators either rule set relies on outside their known period on <see cref="AsOf"/> (not yet in use, retired, or
    /// with an unknown start): differences that lean on them may be wrong for that date.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The first rule set.</summary>
    public RiskRuleSet Before { get; }

    /// <summary>The second rule set.</summary>
    public RiskRuleSet After { get; }

    /// <summary>The date both screened as of.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The number of households screened.</summary>
    public int Households { get; }

    /// <summary>The tier ids of the first rule set: the rows of the matrix.</summary>
    public IReadOnlyList<string> BeforeTiers => [.. Before.Tiers.Select(t => t.Id)];

    /// <summary>The tier ids of the second rule set: the columns of the matrix.</summary>
    public IReadOnlyList<string> AfterTiers => [.. After.Tiers.Select(t => t.Id)];

    /// <summary>The households per district and tier, in the order districts first appear in the batch.</summary>
    public IReadOnlyList<WhatIfDistrict> Districts { get; }

    /// <summary>The households whose tier changed, highest new tier first, then by household id.</summary>
    public IReadOnlyList<TierChange> Changed { get; }

    /// <summary>Counts the households that were in one tier under the first rule set and are in another under the second.</summary>
    /// <param name="beforeTier">The index of the tier in <see cref="BeforeTiers"/>.</param>
    /// <param name="afterTier">The index of the tier in <see cref="AfterTiers"/>.</param>
    /// <returns>The number of households.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    public int Transitions(int beforeTier, int afterTier)
    {
        Guard.Against.OutOfRange(beforeTier, nameof(beforeTier), 0, Before.Tiers.Count - 1);
        Guard.Against.OutOfRange(afterTier, nameof(afterTier), 0, After.Tiers.Count - 1);
        return _matrix[(beforeTier * After.Tiers.Count) + afterTier];
    }

    /// <summary>Writes the transition matrix as text: a header of the second rule set's tiers, one row per tier of the first.</summary>
    /// <returns>Tab-separated lines, for example <c>before\after\tlow\tmedium…</c>.</returns>
    public string TransitionTable()
    {
        var lines = new List<string> { "before\\after\t" + string.Join('\t', AfterTiers) };
        for (var b = 0; b < Before.Tiers.Count; b++)
        {
            lines.Add(Before.Tiers[b].Id + "\t" + string.Join('\t', Enumerable.Range(0, After.Tiers.Count).Select(a => Transitions(b, a).ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        return string.Join('\n', lines) + "\n";
    }

    /// <summary>Summarizes the report.</summary>
    /// <returns>For example <c>kr.national-outreach@2025.1 → hwaseong.city@2025.1 as of 2025-01-31: 412 of 60000 households changed tier</c>.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{Before} → {After} as of {Serialization.DocumentReader.Format(AsOf)}: {Changed.Count} of {Households} households changed tier");
}
