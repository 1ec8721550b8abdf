using Ardalis.GuardClauses;
using Dalhaengi.Core.Geography;
using NodaTime;

namespace Dalhaengi.Core.Households;

/// <summary>
/// A household the outreach program may need to find (복지사각지대): who lives in it, how it lives, how to reach it,
/// and the crisis signals observed for it. The aggregate root for everything recorded about a household.
/// </summary>
/// <remarks>
/// There is deliberately no field for a resident registration number (주민등록번호), and every free-text field
/// rejects a string shaped like one. The optional contact name and phone number are masked by <see cref="ToString"/>.
/// Signals are a set: recording the same observation twice changes nothing.
/// </remarks>
public sealed partial class Household
{
    private readonly List<CrisisSignal> _signals;
    private readonly List<HouseholdEvent> _events = [];

    /// <summary>Creates a household.</summary>
    /// <param name="id">The household's opaque id.</param>
    /// <param name="district">The district (읍면동) it belongs to.</param>
    /// <param name="members">Who lives in it; at least one, at most one head.</param>
    /// <param name="housing">The dwelling type.</param>
    /// <param name="site">The session site it is attached to, if any.</param>
    /// <param name="contact">Whether the team can reach it.</param>
    /// <param name="consent">Its consent to share information with partners.</param>
    /// <param name="programmes">The public programmes it is already in.</param>
    /// <param name="signals">Signals already known (for example loaded from storage); no events are raised for them.</param>
    /// <param name="contactName">Optional name of the contact person; masked in <see cref="ToString"/>.</param>
    /// <param name="contactPhone">Optional phone number: digits, spaces, <c>-</c> and <c>+</c>; masked in <see cref="ToString"/>.</param>
    /// <param name="note">Optional free text.</param>
    /// <exception cref="ArgumentException">
    /// An id is the default value, an enum is not defined, there is no member or more than one head, the phone has
    /// other characters, or a free-text field contains an RRN-shaped string.
    /// </exception>
    public Household(
        HouseholdId id,
        DistrictCode district,
        IEnumerable<HouseholdMember> members,
        HousingType housing = HousingType.DetachedHouse,
        SiteId? site = null,
        ContactStatus contact = ContactStatus.Reachable,
        Consent consent = default,
        ProgrammeStatus programmes = ProgrammeStatus.None,
        IEnumerable<CrisisSignal>? signals = null,
        string? contactName = null,
        string? contactPhone = null,
        string? note = null)
    {
        Id = Guard.Against.Default(id);
        District = Guard.Against.Default(district);
        Guard.Against.Null(members);
        Members = [.. members];
        if (Members.Count == 0)
        {
            throw new ArgumentException("A household has at least one member.", nameof(members));
        }

        if (Members.Count(m => m.Role == MemberRole.Head) > 1)
        {
            throw new ArgumentException("A household has at most one head.", nameof(members));
        }

        Housing = Guard.Against.EnumOutOfRange(housing);
        Site = site;
        Contact = Guard.Against.EnumOutOfRange(contact);
        Consent = consent;
        Programmes = programmes;
        _signals = [.. (signals ?? []).Distinct()];
        ContactName = PersonalData.RejectRrn(contactName, nameof(contactName));
        ContactPhone = ValidatePhone(contactPhone);
        Note = PersonalData.RejectRrn(note, nameof(note));
    }

    /// <summary>The household's opaque id.</summary>
    public HouseholdId Id { get; }

    /// <summary>The district (읍면동) it belongs to.</summary>
    public DistrictCode District { get; }

    /// <summary>The session site it is attached to, or <see langword="null"/>.</summary>
    public SiteId? Site { get; }

    /// <summary>Who lives in it.</summary>
    public IReadOnlyList<HouseholdMember> Members { get; }

    /// <summary>The dwelling type.</summary>
    public HousingType Housing { get; }

    /// <summary>Whether the team can reach it.</summary>
    public ContactStatus Contact { get; private set; }

    /// <summary>Its consent to share information with partners.</summary>
    public Consent Consent { get; private set; }

    /// <summary>The public programmes it is already in.</summary>
    public ProgrammeStatus Programmes { get; }

    /// <summary>The crisis signals observed, in the order recorded.</summary>
    public IReadOnlyList<CrisisSignal> Signals => _signals;

    /// <summary>Optional name of the contact person; never printed unmasked by this library.</summary>
    public string? ContactName { get; }

    /// <summary>Optional phone number of the contact person; never printed unmasked by this library.</summary>
    public string? ContactPhone { get; }

    /// <summary>Optional free text.</summary>
    public string? Note { get; }

    /// <summary>The events raised since the last <see cref="ClearEvents"/>, oldest first.</summary>
    public IReadOnlyList<HouseholdEvent> Events => _events;

    /// <summary>Records a crisis signal and raises <see cref="CrisisSignalRecorded"/>.</summary>
    /// <param name="signal">The signal.</param>
    /// <param name="recordedAt">When it was recorded.</param>
    /// <returns><see langword="true"/> when the signal was new; <see langword="false"/> (and no event) when it was already recorded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="signal"/> is <see langword="null"/>.</exception>
    public bool RecordSignal(CrisisSignal signal, Instant recordedAt)
    {
        Guard.Against.Null(signal);
        if (_signals.Contains(signal))
        {
            return false;
        }

        _signals.Add(signal);
        _events.Add(new CrisisSignalRecorded(Id, signal, recordedAt));
        return true;
    }

    /// <summary>Changes whether the team can reach the household and raises <see cref="ContactStatusChanged"/> on a real change.</summary>
    /// <param name="status">The new status.</param>
    /// <param name="changedAt">When it changed.</param>
    /// <returns><see langword="true"/> when the status changed.</returns>
    /// <exception cref="ArgumentException"><paramref name="status"/> is not defined.</exception>
    public bool ChangeContactStatus(ContactStatus status, Instant changedAt)
    {
        Guard.Against.EnumOutOfRange(status);
        if (status == Contact)
        {
            return false;
        }

        _events.Add(new ContactStatusChanged(Id, Contact, status, changedAt));
        Contact = status;
        return true;
    }

    /// <summary>Records consent given or withdrawn and raises <see cref="ConsentRecorded"/> on a real change.</summary>
    /// <param name="consent">The consent now in force.</param>
    /// <param name="recordedAt">When it was recorded.</param>
    /// <returns><see langword="true"/> when the consent changed.</returns>
    public bool RecordConsent(Consent consent, Instant recordedAt)
    {
        if (consent == Consent)
        {
            return false;
        }

        Consent = consent;
        _events.Add(new ConsentRecorded(Id, consent, recordedAt));
        return true;
    }

    /// <summary>Forgets the events raised so far, once they have been dispatched.</summary>
    public void ClearEvents() => _events.Clear();

    /// <summary>Returns the id, district, size and the masked contact details.</summary>
    /// <returns>For example <c>hh-000123 4183025000 2 members 김*수 010-****-5678</c>.</returns>
    public override string ToString()
    {
        var text = $"{Id} {District} {Members.Count} member{(Members.Count == 1 ? "" : "s")}";
        if (ContactName is { Length: > 0 } name)
        {
            text += " " + PersonalData.MaskName(name);
        }

        if (ContactPhone is { Length: > 0 } phone)
        {
            text += " " + PersonalData.MaskPhone(phone);
        }

        return text;
    }

    private static string? ValidatePhone(string? contactPhone)
    {
        if (contactPhone is null)
        {
            return null;
        }

        PersonalData.RejectRrn(contactPhone, nameof(contactPhone));
        if (contactPhone.Length > 20 || contactPhone.Any(c => !char.IsAsciiDigit(c) && c is not '-' and not ' ' and not '+'))
        {
            throw new ArgumentException("A phone number has at most 20 characters: digits, spaces, '-' and '+'.", nameof(contactPhone));
        }

        return contactPhone;
    }
}
