using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Rotation;

/// <summary>A rotation plan as stored under its name: its sessions and its skipped days and slots.</summary>
/// <remarks>
/// Only the schedule is stored, not the <see cref="RotationRequest"/> it was planned from or its quality figures:
/// those are recomputed by planning again. The lists compare by content, so two saved plans with the same name and
/// schedule are equal.
/// </remarks>
public sealed record SavedRotationPlan
{
    /// <summary>Creates the saved plan.</summary>
    /// <param name="name">The name it is stored under, for example <c>yangpyeong-2026</c>.</param>
    /// <param name="sessions">The sessions, in date and slot order.</param>
    /// <param name="skipped">The skipped days and slots, in date and slot order.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a valid plan name (see <see cref="IRotationPlanRepository"/>).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="sessions"/> or <paramref name="skipped"/> is <see langword="null"/> or holds <see langword="null"/>.</exception>
    public SavedRotationPlan(string name, IEnumerable<PlannedSession> sessions, IEnumerable<SkippedSlot> skipped)
    {
        Name = Identifier.Validate(name, "plan name", nameof(name));
        Sessions = Guard.Against.Null(sessions).ToValueList();
        Skipped = Guard.Against.Null(skipped).ToValueList();
        if (Sessions.Any(s => s is null))
        {
            throw new ArgumentNullException(nameof(sessions), "The sessions hold null.");
        }

        if (Skipped.Any(s => s is null))
        {
            throw new ArgumentNullException(nameof(skipped), "The skipped slots hold null.");
        }
    }

    /// <summary>The name it is stored under.</summary>
    public string Name { get; }

    /// <summary>The sessions, in date and slot order.</summary>
    public IReadOnlyList<PlannedSession> Sessions { get; }

    /// <summary>The skipped days and slots, in date and slot order.</summary>
    public IReadOnlyList<SkippedSlot> Skipped { get; }
}
