using NodaTime;

namespace Dalhaengi.Core.Access;

/// <summary>Filters the access record; every criterion that is set must match (an empty query matches all).</summary>
public sealed record AccessRecordQuery
{
    /// <summary>Only entries of this account, or any when <see langword="null"/>.</summary>
    public string? User { get; init; }

    /// <summary>Only entries about this subject id, or any when <see langword="null"/>.</summary>
    public string? SubjectId { get; init; }

    /// <summary>Only entries at or after this instant, or any when <see langword="null"/>.</summary>
    public Instant? From { get; init; }

    /// <summary>Only entries before this instant (exclusive), or any when <see langword="null"/>.</summary>
    public Instant? Until { get; init; }

    /// <summary>Tells whether an entry matches.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns><see langword="true"/> when every criterion that is set matches.</returns>
    public bool Matches(AccessRecordEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return (User is null || string.Equals(User, entry.User, StringComparison.Ordinal))
            && (SubjectId is null || string.Equals(SubjectId, entry.SubjectId, StringComparison.Ordinal))
            && (From is null || entry.At >= From)
            && (Until is null || entry.At < Until);
    }
}
