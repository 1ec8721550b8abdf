using Ardalis.GuardClauses;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Internal;
using Dalhaengi.Core.Outreach;
using Dalhaengi.Core.Partners;
using NodaTime;

namespace Dalhaengi.Core.Access;

/// <summary>
/// What a principal asks to see, reduced to the facts the policy decides on: its kind, its opaque id, its district,
/// the partners it is addressed to and the partners the household consented to share personal data with.
/// </summary>
/// <remarks>
/// Build it with the factories (<see cref="ForHousehold"/>, <see cref="ForReferral"/>, …) so the facts come from the
/// library's own types; consent is evaluated on the day of the read, so a consent given later never covers it.
/// </remarks>
public sealed record AccessTarget
{
    private AccessTarget(AccessSubjectKind kind, string subjectId, DistrictCode? district, IEnumerable<PartnerId> addressedTo, IEnumerable<PartnerId> consentedTo)
    {
        Kind = kind;
        SubjectId = subjectId;
        District = district;
        AddressedTo = addressedTo.Distinct().ToValueList();
        ConsentedTo = consentedTo.Distinct().ToValueList();
    }

    /// <summary>What kind of thing it is.</summary>
    public AccessSubjectKind Kind { get; }

    /// <summary>Its opaque id (a household, referral, case or session record id), or a label for aggregates.</summary>
    public string SubjectId { get; }

    /// <summary>The district it belongs to, or <see langword="null"/> for aggregates and the access record.</summary>
    public DistrictCode? District { get; }

    /// <summary>The partners it is addressed to: the partner of a referral, of a household's or case's open referrals, or present at a session.</summary>
    public IReadOnlyList<PartnerId> AddressedTo { get; }

    /// <summary>The partners the household's consent lets see its personal data on the day of the read.</summary>
    public IReadOnlyList<PartnerId> ConsentedTo { get; }

    /// <summary>Describes a household's personal data.</summary>
    /// <param name="household">The household id.</param>
    /// <param name="district">Its district.</param>
    /// <param name="referrals">Its referrals (others are ignored); a partner sees it only through one addressed to it now.</param>
    /// <param name="on">The day of the read, in Korea Standard Time.</param>
    /// <returns>The target.</returns>
    public static AccessTarget ForHousehold(HouseholdId household, DistrictCode district, IEnumerable<Referral> referrals, LocalDate on)
    {
        Guard.Against.Default(household);
        Guard.Against.Default(district);
        var own = Guard.Against.Null(referrals).Where(r => r.Subject.Household == household && r.IsOpen).ToList();
        return new(
            AccessSubjectKind.HouseholdPersonalData,
            household.Value,
            district,
            own.Select(r => r.Partner),
            own.Where(r => r.Subject.SharesPersonalData && r.Subject.Consent.Permits(on)).Select(r => r.Partner));
    }

    /// <summary>Describes a referral.</summary>
    /// <param name="referral">The referral.</param>
    /// <returns>The target, addressed to the referral's current partner.</returns>
    public static AccessTarget ForReferral(Referral referral)
    {
        Guard.Against.Null(referral);
        return new(AccessSubjectKind.Referral, referral.Id.Value, referral.Subject.District, [referral.Partner], []);
    }

    /// <summary>Describes a case.</summary>
    /// <param name="case">The case.</param>
    /// <param name="referrals">Its referrals; a partner sees a case only through one of its open services addressed to it.</param>
    /// <returns>The target.</returns>
    public static AccessTarget ForCase(Case @case, IEnumerable<Referral> referrals)
    {
        Guard.Against.Null(@case);
        var own = Guard.Against.Null(referrals).Where(r => r.Subject.Case == @case.Id && r.IsOpen);
        return new(AccessSubjectKind.Case, @case.Id.Value, @case.District, own.Select(r => r.Partner), []);
    }

    /// <summary>Describes a session record.</summary>
    /// <param name="record">The session record.</param>
    /// <returns>The target, addressed to the partners present at the session.</returns>
    public static AccessTarget ForSessionRecord(SessionRecord record)
    {
        Guard.Against.Null(record);
        return new(AccessSubjectKind.SessionRecord, record.Id.Value, record.Current.District, record.Current.PartnersPresent, []);
    }

    /// <summary>Describes aggregate figures, for example a season report.</summary>
    /// <param name="label">What the figures are, for example <c>season-2024</c>.</param>
    /// <returns>The target.</returns>
    public static AccessTarget Aggregates(string label) =>
        new(AccessSubjectKind.Aggregate, Guard.Against.ResidentNumber(Guard.Against.NullOrWhiteSpace(label)), null, [], []);

    /// <summary>Describes the access record.</summary>
    /// <returns>The target.</returns>
    public static AccessTarget AccessRecord() => new(AccessSubjectKind.AccessRecord, "access-record", null, [], []);

    /// <summary>Returns the kind and id.</summary>
    /// <returns>For example <c>Referral ref-2024-001</c>.</returns>
    public override string ToString() => $"{Kind} {SubjectId}";
}
