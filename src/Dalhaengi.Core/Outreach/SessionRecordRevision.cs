using Dalhaengi.Core.Internal;
using Ardalis.GuardClauses;
using NodaTime;

namespace Dalhaengi.Core.Outreach;

/// <summary>
/// One entry of a session record's audit trail: the details as they stood after a change, who made it and when.
/// </summary>
/// <param name="Version">The record's version after this change; 1 for the first recording.</param>
/// <param name="Details">The details as recorded or corrected.</param>
/// <param name="ChangedBy">Who recorded or corrected it (a staff id or name).</param>
/// <param name="ChangedAt">When the change was recorded.</param>
/// <param name="Reason">Why it was corrected; <see langword="null"/> for the first recording.</param>
/// <param name="ChangedFields">The names of the <see cref="SessionDetails"/> properties that differ from the previous revision; empty for the first.</param>
public sealed record SessionRecordRevision(
    int Version,
    SessionDetails Details,
    string ChangedBy,
    Instant ChangedAt,
    string? Reason,
    IReadOnlyList<string> ChangedFields)
{
    /// <summary>Who recorded or corrected it; never a resident registration number.</summary>
    public string ChangedBy { get; init; } = Guard.Against.ResidentNumber(ChangedBy, nameof(ChangedBy));

    /// <summary>Why it was corrected; never holds a resident registration number.</summary>
    public string? Reason { get; init; } = Guard.Against.ResidentNumber(Reason, nameof(Reason));

    /// <summary>The names of the changed properties; never holds a resident registration number.</summary>
    public IReadOnlyList<string> ChangedFields { get; init; } =
        Guard.Against.Null(ChangedFields).Any(f => Internal.ResidentNumber.IsIn(f ?? string.Empty))
            ? throw new ArgumentException(Internal.ResidentNumber.Message, nameof(ChangedFields))
            : ChangedFields;
}
