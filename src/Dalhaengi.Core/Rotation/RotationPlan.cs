using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;
using NodaTime;

namespace Dalhaengi.Core.Rotation;

/// <summary>A season's rotation: every session with its team and reasons, every skipped day or slot, warnings and quality figures.</summary>
public sealed class RotationPlan
{
    /// <summary>Creates the plan.</summary>
    /// <param name="request">The request it was planned from.</param>
    /// <param name="from">The first day planned; earlier days come from the held record.</param>
    /// <param name="sessions">The sessions, in date and slot order.</param>
    /// <param name="skipped">The skipped days and slots, in date and slot order.</param>
    /// <param name="warnings">Requirements not met and assumptions made.</param>
    /// <param name="quality">Quality figures.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public RotationPlan(RotationRequest request, LocalDate from, IEnumerable<PlannedSession> sessions, IEnumerable<SkippedSlot> skipped, IEnumerable<RotationWarning> warnings, RotationQuality quality)
    {
        Request = Guard.Against.Null(request);
        From = from;
        Sessions = Guard.Against.Null(sessions).ToValueList();
        Skipped = Guard.Against.Null(skipped).ToValueList();
        Warnings = Guard.Against.Null(warnings).ToValueList();
        Quality = Guard.Against.Null(quality);
    }

    /// <summary>The request it was planned from.</summary>
    public RotationRequest Request { get; }

    /// <summary>The first day planned; earlier sessions come from the held record.</summary>
    public LocalDate From { get; }

    /// <summary>The sessions, in date and slot order.</summary>
    public IReadOnlyList<PlannedSession> Sessions { get; }

    /// <summary>The skipped days and slots, in date and slot order.</summary>
    public IReadOnlyList<SkippedSlot> Skipped { get; }

    /// <summary>Requirements not met and assumptions made, sorted by code and message.</summary>
    public IReadOnlyList<RotationWarning> Warnings { get; }

    /// <summary>Quality figures.</summary>
    public RotationQuality Quality { get; }
}
