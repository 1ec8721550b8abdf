namespace Dalhaengi.Core.Access;

/// <summary>Names what kind of thing a principal asks to see.</summary>
public enum AccessSubjectKind
{
    /// <summary>A household's personal data: contact name, phone number and notes (개인정보).</summary>
    HouseholdPersonalData,

    /// <summary>A referral: its state, partner, district and deadline, with the household by opaque id only.</summary>
    Referral,

    /// <summary>An integrated case: its stage and services, with the household by opaque id only.</summary>
    Case,

    /// <summary>A session record: attendance, services, items, screenings at one site on one day.</summary>
    SessionRecord,

    /// <summary>Aggregate figures (season report, counts by township and partner); no household can be picked out.</summary>
    Aggregate,

    /// <summary>The access record itself (접속기록).</summary>
    AccessRecord,
}
