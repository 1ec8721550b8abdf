using Dalhaengi.Core.Partners;

namespace Dalhaengi.SampleHost.Outreach;

/// <summary>
/// Sample partner ids and the services each offers, for the generated season. The organizations are the
/// attested 2024 participants; the ids are synthetic slugs until the partner roster lands.
/// </summary>
internal static class SamplePartners
{
    public static readonly PartnerId Nhis = new("yp-nhis");
    public static readonly PartnerId SeniorWelfare = new("yp-senior-welfare");
    public static readonly PartnerId FamilyCentre = new("yp-family-centre");
    public static readonly PartnerId CommunityWelfare = new("yp-community-welfare");
    public static readonly PartnerId VolunteerCentre = new("yp-volunteer-centre");
    public static readonly PartnerId DisabilityWelfare = new("yp-disability-welfare");
    public static readonly PartnerId SelfSufficiency = new("yp-self-sufficiency");
    public static readonly PartnerId DementiaCentre = new("yp-dementia-centre");
    public static readonly PartnerId MentalHealth = new("yp-mental-health");
    public static readonly PartnerId CountyWelfare = new("yp-county-welfare");
    public static readonly PartnerId HealthCentre = new("yp-health-centre");
    public static readonly PartnerId MudeunDolbom = new("yp-mudeun-dolbom");
    public static readonly PartnerId TownshipWelfare = new("yp-township-welfare");

    /// <summary>Services offered at sessions, with the partner that delivers each.</summary>
    public static readonly (ServiceCode Service, PartnerId Partner)[] Services =
    [
        (new("insurance.health-consult"), Nhis),
        (new("insurance.ltc-consult"), Nhis),
        (new("health.bp-sugar"), HealthCentre),
        (new("health.tb-screening"), HealthCentre),
        (new("mental.depression-screening"), MentalHealth),
        (new("dementia.cognitive-screening"), DementiaCentre),
        (new("welfare.consult"), CountyWelfare),
        (new("senior.counselling"), SeniorWelfare),
        (new("care.hand-acupuncture"), VolunteerCentre),
        (new("care.hand-massage"), VolunteerCentre),
        (new("care.foot-massage"), VolunteerCentre),
        (new("care.haircut"), SelfSufficiency),
        (new("care.laundry"), CommunityWelfare),
        (new("repair.assistive-device"), DisabilityWelfare),
        (new("repair.home"), SelfSufficiency),
        (new("food.sharing"), FamilyCentre),
    ];
}
