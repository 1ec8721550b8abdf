using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;
using NodaTime;

namespace Dalhaengi.Core.Access;

/// <summary>
/// One line of the access record (접속기록): who asked, when, for which subject, for what purpose, and what the policy decided.
/// </summary>
/// <remarks>It names the subject by opaque id only, so the record itself holds no personal data.</remarks>
public sealed record AccessRecordEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="at">When the request was decided.</param>
    /// <param name="user">The principal's account name.</param>
    /// <param name="role">The role it acted in.</param>
    /// <param name="subject">What kind of subject it asked for.</param>
    /// <param name="subjectId">The subject's opaque id.</param>
    /// <param name="purpose">The purpose given, or <see langword="null"/>.</param>
    /// <param name="allowed">Whether it was allowed.</param>
    /// <param name="rule">The rule that decided.</param>
    /// <exception cref="ArgumentException">A text is empty, the role is the default value or the subject is not defined.</exception>
    public AccessRecordEntry(Instant at, string user, AccessRole role, AccessSubjectKind subject, string subjectId, AccessPurpose? purpose, bool allowed, string rule)
    {
        At = at;
        User = Guard.Against.ResidentNumber(Guard.Against.NullOrWhiteSpace(user));
        Role = Guard.Against.Default(role);
        Subject = Guard.Against.EnumOutOfRange(subject);
        SubjectId = Guard.Against.ResidentNumber(Guard.Against.NullOrWhiteSpace(subjectId));
        Purpose = purpose;
        Allowed = allowed;
        Rule = Guard.Against.ResidentNumber(Guard.Against.NullOrWhiteSpace(rule));
    }

    /// <summary>When the request was decided.</summary>
    public Instant At { get; }

    /// <summary>The principal's account name.</summary>
    public string User { get; }

    /// <summary>The role it acted in.</summary>
    public AccessRole Role { get; }

    /// <summary>What kind of subject it asked for.</summary>
    public AccessSubjectKind Subject { get; }

    /// <summary>The subject's opaque id.</summary>
    public string SubjectId { get; }

    /// <summary>The purpose given, or <see langword="null"/>.</summary>
    public AccessPurpose? Purpose { get; }

    /// <summary>Whether it was allowed.</summary>
    public bool Allowed { get; }

    /// <summary>The rule that decided.</summary>
    public string Rule { get; }
}
