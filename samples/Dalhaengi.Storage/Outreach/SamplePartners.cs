using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;

namespace Dalhaengi.SampleHost.Outreach;

/// <summary>
/// The partners and services of the generated season, taken from the built-in Yangpyeong roster so that records,
/// plans and referrals all speak of the same organizations.
/// </summary>
internal static class SamplePartners
{
    public static readonly PartnerId Nhis = Known("yp-nhis");
    public static readonly PartnerId SeniorWelfare = Known("yp-senior-welfare-centre");
    public static readonly PartnerId CommunityWelfare = Known("yp-community-welfare-centre");
    public static readonly PartnerId DisabilityWelfare = Known("yp-disability-welfare-centre");
    public static readonly PartnerId SelfSufficiency = Known("yp-self-sufficiency-centre");
    public static readonly PartnerId DementiaCentre = Known("yp-dementia-centre");
    public static readonly PartnerId MentalHealth = Known("yp-mental-health-centre");
    public static readonly PartnerId CountyWelfare = Known("yp-welfare-policy");
    public static readonly PartnerId HealthCentre = Known("yp-health-promotion");
    public static readonly PartnerId MudeunDolbom = Known("yp-mudeung-care");
    public static readonly PartnerId Ongdalsaem = Known("yp-ongdalsaem");
    public static readonly PartnerId VolunteerAcupuncture = Known("yp-volunteer-acupuncture");
    public static readonly PartnerId VolunteerBeauty = Known("yp-volunteer-beauty");

    /// <summary>Services offered at sessions, with the partner that delivers each.</summary>
    public static readonly (ServiceCode Service, PartnerId Partner)[] Services =
    [
        (new("health.insurance-consultation"), Nhis),
        (new("health.ltc-consultation"), Nhis),
        (new("health.basic-check"), HealthCentre),
        (new("health.tb-screening"), HealthCentre),
        (new("mental.depression-screening"), MentalHealth),
        (new("dementia.cognitive-screening"), DementiaCentre),
        (new("welfare.case-management"), MudeunDolbom),
        (new("senior.counselling"), SeniorWelfare),
        (new("care.hand-acupuncture"), VolunteerAcupuncture),
        (new("care.hand-massage"), SeniorWelfare),
        (new("care.foot-massage"), Ongdalsaem),
        (new("beauty.haircut"), VolunteerBeauty),
        (new("living.mobile-laundry"), SelfSufficiency),
        (new("living.device-repair"), DisabilityWelfare),
        (new("living.home-repair"), SelfSufficiency),
        (new("living.food-sharing"), CommunityWelfare),
    ];

    /// <summary>The township office (맞춤형복지팀) of a district, which attends every session held there.</summary>
    public static PartnerId OfficeOf(DistrictCode district) =>
        BuiltInPartnerRosters.Yangpyeong.Partners.First(p => p.Presence == PartnerPresence.Local && p.Serves(district)).Id;

    private static PartnerId Known(string id) =>
        BuiltInPartnerRosters.Yangpyeong.FindPartner(new PartnerId(id))?.Id
            ?? throw new InvalidOperationException($"The built-in Yangpyeong roster has no partner '{id}'.");
}
