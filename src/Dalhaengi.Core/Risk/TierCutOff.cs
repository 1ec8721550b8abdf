using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;
namespace Dalhaengi.Core.Risk;

/// <summary>
/// How well "this tier or higher" predicts a confirmed crisis: the confusion counts and precision and recall of one
/// tier used as the cut-off.
/// </summary>
/// <remarks>Precision and recall are in [0, 1]; each is 0 when its denominator is 0 (nothing flagged, or no crisis confirmed).</remarks>
/// <param name="TierId">The tier whose minimum is the cut-off.</param>
/// <param name="TruePositives">Households at or above the tier with a confirmed crisis.</param>
/// <param name="FalsePositives">Households at or above the tier without one.</param>
/// <param name="FalseNegatives">Households below the tier with a confirmed crisis.</param>
/// <param name="TrueNegatives">Households below the tier without one.</param>
public sealed record TierCutOff(string TierId, int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    /// <summary>The tier whose minimum is the cut-off; never a resident registration number.</summary>
    public string TierId { get; init; } = Guard.Against.ResidentNumber(TierId, nameof(TierId));

    /// <summary>The share of households at or above the tier whose crisis was confirmed; 0 when none is.</summary>
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>The share of confirmed crises at or above the tier; 0 when none was confirmed.</summary>
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    internal static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
