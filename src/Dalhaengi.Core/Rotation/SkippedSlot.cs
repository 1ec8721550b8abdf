using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;
using NodaTime;

namespace Dalhaengi.Core.Rotation;

/// <summary>A session day, or one slot of it, without a session, and why.</summary>
public sealed record SkippedSlot
{
    /// <summary>Creates the record.</summary>
    /// <param name="date">The day.</param>
    /// <param name="slot">The slot (1-based), or <see langword="null"/> when the whole day is skipped.</param>
    /// <param name="reason">Why.</param>
    /// <param name="description">A readable reason naming the holiday, blackout or blocking constraint.</param>
    /// <exception cref="ArgumentException"><paramref name="description"/> is empty or <paramref name="slot"/> is below 1.</exception>
    public SkippedSlot(LocalDate date, int? slot, SkipReason reason, string description)
    {
        Date = date;
        Slot = slot is null ? null : Guard.Against.NegativeOrZero(slot.Value, nameof(slot));
        Reason = Guard.Against.EnumOutOfRange(reason);
        Description = Guard.Against.ResidentNumber(Guard.Against.NullOrWhiteSpace(description));
    }

    /// <summary>The day.</summary>
    public LocalDate Date { get; }

    /// <summary>The slot (1-based), or <see langword="null"/> for the whole day.</summary>
    public int? Slot { get; }

    /// <summary>Why.</summary>
    public SkipReason Reason { get; }

    /// <summary>A readable reason, for example <c>추석 (Chuseok)</c>.</summary>
    public string Description { get; }
}
