using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;
using NodaTime;

namespace Dalhaengi.Core.Outreach;

/// <summary>
/// The record of one session, held or called off, with every correction kept: corrections are new facts,
/// not overwrites.
/// </summary>
/// <remarks>
/// Immutable: <see cref="Correct"/> returns the corrected record and leaves this one unchanged, so a stored record
/// can be shared between threads. <see cref="Version"/> counts the revisions and is what repositories check for
/// optimistic concurrency.
/// </remarks>
public sealed class SessionRecord
{
    private readonly ValueList<SessionRecordRevision> _revisions;

    private SessionRecord(SessionRecordId id, ValueList<SessionRecordRevision> revisions)
    {
        Id = id;
        _revisions = revisions;
    }

    /// <summary>The record's id.</summary>
    public SessionRecordId Id { get; }

    /// <summary>The details as they stand now (the last revision's).</summary>
    public SessionDetails Current => _revisions[^1].Details;

    /// <summary>The number of revisions: 1 when first recorded, one more per correction.</summary>
    public int Version => _revisions.Count;

    /// <summary>The audit trail, oldest first: the first recording, then each correction.</summary>
    public IReadOnlyList<SessionRecordRevision> Revisions => _revisions;

    /// <summary>Records a session for the first time.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="details">What happened.</param>
    /// <param name="recordedBy">Who recorded it.</param>
    /// <param name="clock">The clock that stamps the recording.</param>
    /// <returns>The record, at version 1.</returns>
    /// <exception cref="ArgumentException">An argument is missing or empty.</exception>
    /// <exception cref="DalhaengiValidationException">The details are inconsistent; every problem is listed.</exception>
    public static SessionRecord Record(SessionRecordId id, SessionDetails details, string recordedBy, IClock clock)
    {
        Guard.Against.Default(id);
        Guard.Against.Null(details);
        Guard.Against.NullOrWhiteSpace(recordedBy);
        Guard.Against.Null(clock);
        ThrowIfInvalid(id, details);
        var first = new SessionRecordRevision(1, details, recordedBy, clock.GetCurrentInstant(), null, ValueList<string>.Empty);
        return new SessionRecord(id, ValueList<SessionRecordRevision>.From([first]));
    }

    /// <summary>Corrects the record, keeping what it replaces in the audit trail.</summary>
    /// <param name="corrected">The corrected details, typically <c>record.Current with { ... }</c>.</param>
    /// <param name="correctedBy">Who made the correction.</param>
    /// <param name="reason">Why, for example <c>head count recounted from the sign-in sheet</c>.</param>
    /// <param name="clock">The clock that stamps the correction.</param>
    /// <returns>The corrected record, one version higher.</returns>
    /// <exception cref="ArgumentException">An argument is missing or empty.</exception>
    /// <exception cref="DalhaengiValidationException">The corrected details are inconsistent.</exception>
    /// <exception cref="BusinessRuleViolationException">
    /// <c>SessionCorrectionMustChangeSomething</c>: the corrected details equal the current ones.
    /// </exception>
    public SessionRecord Correct(SessionDetails corrected, string correctedBy, string reason, IClock clock)
    {
        Guard.Against.Null(corrected);
        Guard.Against.NullOrWhiteSpace(correctedBy);
        Guard.Against.NullOrWhiteSpace(reason);
        Guard.Against.Null(clock);
        ThrowIfInvalid(Id, corrected);
        var changed = ChangedFields(Current, corrected);
        if (changed.Count == 0)
        {
            throw new BusinessRuleViolationException(
                "SessionCorrectionMustChangeSomething",
                $"the correction of session record {Id} is identical to version {Version}.");
        }

        var revision = new SessionRecordRevision(Version + 1, corrected, correctedBy, clock.GetCurrentInstant(), reason, changed);
        return new SessionRecord(Id, _revisions.Append(revision).ToValueList());
    }

    /// <summary>Rebuilds a record from its stored audit trail, for repositories.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="revisions">The revisions, oldest first, numbered 1, 2, 3 and so on.</param>
    /// <returns>The record as it stood after the last revision.</returns>
    /// <exception cref="ArgumentException">There is no revision, or they are not numbered in order.</exception>
    /// <exception cref="DalhaengiValidationException">A revision's details are inconsistent.</exception>
    public static SessionRecord Replay(SessionRecordId id, IEnumerable<SessionRecordRevision> revisions)
    {
        Guard.Against.Default(id);
        var list = Guard.Against.NullOrEmpty(revisions).ToValueList();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Version != i + 1)
            {
                throw new ArgumentException($"Revision {i} of session record {id} has version {list[i].Version}; expected {i + 1}.", nameof(revisions));
            }

            ThrowIfInvalid(id, list[i].Details);
        }

        return new SessionRecord(id, list);
    }

    /// <summary>Returns the id, the date and the version.</summary>
    /// <returns>For example <c>rec-1 2024-03-06 v2</c>.</returns>
    public override string ToString() => $"{Id} {Current.Date:uuuu-MM-dd} v{Version}";

    private static void ThrowIfInvalid(SessionRecordId id, SessionDetails details)
    {
        var problems = details.Validate();
        if (problems.Count > 0)
        {
            throw new DalhaengiValidationException($"session record {id}", problems);
        }
    }

    private static ValueList<string> ChangedFields(SessionDetails before, SessionDetails after)
    {
        var changed = new List<string>();
        void Check<T>(string name, T a, T b)
        {
            if (!EqualityComparer<T>.Default.Equals(a, b))
            {
                changed.Add(name);
            }
        }

        Check(nameof(SessionDetails.Date), before.Date, after.Date);
        Check(nameof(SessionDetails.Site), before.Site, after.Site);
        Check(nameof(SessionDetails.District), before.District, after.District);
        Check(nameof(SessionDetails.PlannedSession), before.PlannedSession, after.PlannedSession);
        Check(nameof(SessionDetails.Status), before.Status, after.Status);
        Check(nameof(SessionDetails.CancellationReason), before.CancellationReason, after.CancellationReason);
        Check(nameof(SessionDetails.PartnersPresent), before.PartnersPresent, after.PartnersPresent);
        Check(nameof(SessionDetails.StaffCount), before.StaffCount, after.StaffCount);
        Check(nameof(SessionDetails.VolunteerCount), before.VolunteerCount, after.VolunteerCount);
        Check(nameof(SessionDetails.ResidentsServed), before.ResidentsServed, after.ResidentsServed);
        Check(nameof(SessionDetails.Households), before.Households, after.Households);
        Check(nameof(SessionDetails.Services), before.Services, after.Services);
        Check(nameof(SessionDetails.Items), before.Items, after.Items);
        Check(nameof(SessionDetails.Screenings), before.Screenings, after.Screenings);
        Check(nameof(SessionDetails.Notes), before.Notes, after.Notes);
        return changed.ToValueList();
    }
}
