using Ardalis.GuardClauses;
using Dalhaengi.Core.Geography;

namespace Dalhaengi.Core.Rotation;

/// <summary>How one district fares in a plan: its sessions against its fair share, and their spacing.</summary>
public sealed record DistrictQuality
{
    /// <summary>Creates the record.</summary>
    /// <param name="district">The district.</param>
    /// <param name="weight">The weight its share is proportional to.</param>
    /// <param name="quota">Its exact proportional quota of the season's sessions.</param>
    /// <param name="target">Its fair share in whole sessions (largest remainder).</param>
    /// <param name="sessions">Sessions planned or held there.</param>
    /// <param name="smallestGapDays">The smallest gap in days between two of its sessions, or <see langword="null"/> with fewer than two.</param>
    /// <param name="meanGapDays">The mean gap in days, or <see langword="null"/> with fewer than two sessions.</param>
    /// <param name="longestGapDays">The longest gap in days between two consecutive sessions, or <see langword="null"/> with fewer than two.</param>
    /// <param name="fairIntervalDays">The season's length in days divided by its fair share, or <see langword="null"/> with a share of 0.</param>
    /// <exception cref="ArgumentException"><paramref name="district"/> is the default value.</exception>
    public DistrictQuality(DistrictCode district, long weight, double quota, int target, int sessions, int? smallestGapDays, double? meanGapDays, int? longestGapDays = null, double? fairIntervalDays = null)
    {
        LongestGapDays = longestGapDays;
        FairIntervalDays = fairIntervalDays;
        District = Guard.Against.Default(district);
        Weight = weight;
        Quota = quota;
        Target = target;
        Sessions = sessions;
        SmallestGapDays = smallestGapDays;
        MeanGapDays = meanGapDays;
    }

    /// <summary>The district.</summary>
    public DistrictCode District { get; }

    /// <summary>The weight its share is proportional to.</summary>
    public long Weight { get; }

    /// <summary>Its exact proportional quota.</summary>
    public double Quota { get; }

    /// <summary>Its fair share in whole sessions.</summary>
    public int Target { get; }

    /// <summary>Sessions planned or held there.</summary>
    public int Sessions { get; }

    /// <summary><see cref="Sessions"/> minus <see cref="Quota"/>: positive above its share, negative below.</summary>
    public double Deviation => Sessions - Quota;

    /// <summary>The smallest gap in days between two of its sessions, or <see langword="null"/>.</summary>
    public int? SmallestGapDays { get; }

    /// <summary>The mean gap in days, or <see langword="null"/>.</summary>
    public double? MeanGapDays { get; }

    /// <summary>The longest gap in days between two consecutive sessions, or <see langword="null"/> with fewer than two.</summary>
    public int? LongestGapDays { get; }

    /// <summary>
    /// The even spacing its share implies: the season's length in days ÷ its fair share, or <see langword="null"/> with a
    /// share of 0. Compare <see cref="LongestGapDays"/> with it (and with <see cref="RotationPolicy.MaxGapFactor"/>).
    /// </summary>
    public double? FairIntervalDays { get; }
}
