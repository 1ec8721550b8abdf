using Dalhaengi.Core.Access;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Outreach;
using Dalhaengi.Core.Partners;
using NodaTime;
using static Dalhaengi.Core.Tests.Outreach.OutreachTestData;

namespace Dalhaengi.Core.Tests.Access;

/// <summary>Principals, households and referrals shared by the access tests.</summary>
internal static class AccessTestData
{
    public static readonly LocalDate Day = new(2024, 3, 6);

    public static Principal Coordinator => Principal.CountyCoordinator("coord");

    public static Principal YangpyeongOfficer => Principal.TownshipOfficer("officer.yp", Yangpyeong);

    public static Principal MentalHealthStaff => Principal.PartnerStaff("staff.mh", MentalHealth);

    public static Principal DementiaStaff => Principal.PartnerStaff("staff.dm", Dementia);

    public static Principal PrivacyOfficer => Principal.PrivacyOfficer("privacy");

    public static Household NewHousehold(string id = "hh-1", DistrictCode? district = null) =>
        new(new HouseholdId(id), district ?? Yangpyeong, [new HouseholdMember(MemberRole.Head, 1941)], contactName: "김민수", contactPhone: "010-1234-5678", note: "난방 고장");

    /// <summary>An open referral of <paramref name="household"/> to <paramref name="partner"/>, with the given consent.</summary>
    public static Referral ReferralOf(string household, PartnerId partner, ConsentRecord consent, string id = "ref-1", DistrictCode? district = null, bool sharesPersonalData = true)
    {
        var finding = NewFinding(id: "f-" + id, household: household, district: district ?? Yangpyeong, foundOn: Day);
        var subject = ReferralSubject.ForFinding(finding, consent, sharesPersonalData: sharesPersonalData);
        return Referral.Open(new ReferralId(id), subject, partner, "staff-kim", ClockOn(2024, 3, 6));
    }

    public static Referral ConsentedReferral(PartnerId partner, string household = "hh-1") => ReferralOf(household, partner, ConsentRecord.Written(Day));

    public static AccessTarget HouseholdTarget(Household household, params Referral[] referrals) =>
        AccessTarget.ForHousehold(household.Id, household.District, referrals, Day);
}
