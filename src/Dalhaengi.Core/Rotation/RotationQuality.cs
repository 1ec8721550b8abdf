using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Rotation;

/// <summary>Quality figures of a plan: fairness, spacing, risk response and partner load.</summary>
/// <remarks>
/// <see cref="FairCoverage"/> is the planner's objective, defined so an optimal solver can be compared against it:
/// <c>Σ min(sessions_d, quota_d) ÷ S</c> over districts <c>d</c>, where <c>S</c> is the season's sessions
/// (held plus plannable) and <c>quota_d = S · weight_d ÷ Σ weight</c>. It is 1 when every district gets at least its
/// exact quota, which is possible only when every district's quota is whole.
/// </remarks>
public sealed record RotationQuality
{
    /// <summary>Creates the record.</summary>
    /// <param name="seats">The season's sessions <c>S</c>: held plus plannable slots, after the season cap.</param>
    /// <param name="sessions">Sessions planned or held.</param>
    /// <param name="districts">Per-district figures, sorted by district code.</param>
    /// <param name="highRiskCoverage">Share (0–1) of high and urgent households whose district has a session within the risk response window, or <see langword="null"/> without risk data.</param>
    /// <param name="partners">Per-partner load, sorted by partner id.</param>
    /// <exception cref="ArgumentNullException">A list is <see langword="null"/>.</exception>
    public RotationQuality(int seats, int sessions, IEnumerable<DistrictQuality> districts, double? highRiskCoverage, IEnumerable<PartnerLoad> partners)
    {
        Seats = seats;
        Sessions = sessions;
        Districts = Guard.Against.Null(districts).ToValueList();
        HighRiskCoverage = highRiskCoverage;
        Partners = Guard.Against.Null(partners).ToValueList();
        LargestDeviation = Districts.Count == 0 ? 0 : Districts.Max(d => Math.Abs(d.Deviation));
        var gaps = Districts.Where(d => d.SmallestGapDays is not null).ToList();
        SmallestGapDays = gaps.Count == 0 ? null : gaps.Min(d => d.SmallestGapDays);
        var weighted = gaps.Sum(d => d.MeanGapDays!.Value * (d.Sessions - 1));
        var count = gaps.Sum(d => d.Sessions - 1);
        MeanGapDays = count == 0 ? null : weighted / count;
        LongestGapDays = Districts.Max(d => d.LongestGapDays);
        FairCoverage = seats == 0 ? 1 : Districts.Sum(d => Math.Min(d.Sessions, d.Quota)) / seats;
    }

    /// <summary>The season's sessions: held plus plannable slots, after the season cap.</summary>
    public int Seats { get; }

    /// <summary>Sessions planned or held.</summary>
    public int Sessions { get; }

    /// <summary>Per-district figures, sorted by district code.</summary>
    public IReadOnlyList<DistrictQuality> Districts { get; }

    /// <summary>The largest absolute difference between a district's sessions and its quota.</summary>
    public double LargestDeviation { get; }

    /// <summary>The smallest gap in days between two sessions in one district, or <see langword="null"/>.</summary>
    public int? SmallestGapDays { get; }

    /// <summary>The longest gap in days between consecutive sessions in one district, over all districts, or <see langword="null"/>.</summary>
    public int? LongestGapDays { get; }

    /// <summary>The mean gap in days between consecutive sessions in one district, over all districts, or <see langword="null"/>.</summary>
    public double? MeanGapDays { get; }

    /// <summary>Share (0–1) of high and urgent households whose district has a session within the risk response window, or <see langword="null"/>.</summary>
    public double? HighRiskCoverage { get; }

    /// <summary>The objective: <c>Σ min(sessions, quota) ÷ S</c>, from 0 to 1.</summary>
    public double FairCoverage { get; }

    /// <summary>Per-partner load, sorted by partner id.</summary>
    public IReadOnlyList<PartnerLoad> Partners { get; }
}
