using Dalhaengi.Core.Calendar;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Rotation;
using NodaTime;

namespace Dalhaengi.Core.Benchmarks.Planning;

/// <summary>A named planning instance for the quality comparison.</summary>
internal sealed record QualityInstance(string Name, string Description, RotationRequest Request);

/// <summary>
/// Planning instances small enough for CP-SAT to prove optimal: a tiny one for CI, a synthetic county built so
/// that the constraints bind (a dominant district held back by the 14-day gap, a market-only district, capped and
/// single-team partners, weekday-only partners, a blackout, holidays), and real Yangpyeong and Hwaseong seasons.
/// All use the real Korean holiday calendar.
/// </summary>
internal static class QualityInstances
{
    public static QualityInstance Tiny => new(
        "tiny",
        "4 districts, 6 Wednesdays, 1 session a day",
        Request(Synthetic(4, marketDistrict: null), new(new(2025, 3, 5), new(2025, 4, 9)), [IsoDayOfWeek.Wednesday], 1, Roster(tight: false)));

    public static QualityInstance Tight => new(
        "tight",
        "6 districts (one holds 40 % of the weight, one has only a market), 13 weeks of Tue/Thu, 2 sessions a day, scarce partners",
        Request(Synthetic(6, marketDistrict: 4), new(new(2025, 3, 3), new(2025, 5, 30)), [IsoDayOfWeek.Tuesday, IsoDayOfWeek.Thursday], 2, Roster(tight: true)));

    public static QualityInstance TightRequiredOnly => Tight with
    {
        Name = "tight-required-only",
        Description = "the same with IncludeOptionalPartners = false: teams are the required partners only, exactly what the CP-SAT model schedules",
        Request = WithPolicy(Tight.Request, RotationPolicy.Default with { IncludeOptionalPartners = false }),
    };

    public static QualityInstance YangpyeongSpring => new(
        "yangpyeong-spring",
        "Yangpyeong, 12 districts, Wednesdays 2025-03-05 to 2025-06-25, embedded roster",
        new RotationRequest(BuiltInMunicipalities.Yangpyeong, new Season(new(new(2025, 3, 5), new(2025, 6, 25)), [IsoDayOfWeek.Wednesday], KoreanHolidayCalendar.Default), BuiltInPartnerRosters.Yangpyeong));

    public static QualityInstance YangpyeongSeason => new(
        "yangpyeong-season",
        "Yangpyeong, 12 districts, Wednesdays 2025-03-05 to 2025-12-17, embedded roster",
        new RotationRequest(BuiltInMunicipalities.Yangpyeong, new Season(new(new(2025, 3, 5), new(2025, 12, 17)), [IsoDayOfWeek.Wednesday], KoreanHolidayCalendar.Default), BuiltInPartnerRosters.Yangpyeong));

    public static QualityInstance HwaseongQuarter => new(
        "hwaseong-quarter",
        "Hwaseong, 29 districts, Wednesdays 2025-03-05 to 2025-05-28, 3 sessions a day, embedded roster",
        new RotationRequest(BuiltInMunicipalities.Hwaseong, new Season(new(new(2025, 3, 5), new(2025, 5, 28)), [IsoDayOfWeek.Wednesday], KoreanHolidayCalendar.Default, sessionsPerDay: 3), BuiltInPartnerRosters.Hwaseong));

    public static IReadOnlyList<QualityInstance> All => [Tiny, Tight, TightRequiredOnly, YangpyeongSpring, YangpyeongSeason, HwaseongQuarter];

    private static RotationRequest WithPolicy(RotationRequest r, RotationPolicy policy) => new(r.Municipality, r.Season, r.Roster, policy, r.Risk, r.History);

    private static RotationRequest Request(Municipality municipality, DateInterval dates, IsoDayOfWeek[] weekdays, int perDay, PartnerRoster roster) =>
        new(municipality, new Season(dates, weekdays, KoreanHolidayCalendar.Default, sessionsPerDay: perDay), roster);

    private static Municipality Synthetic(int count, int? marketDistrict)
    {
        int[] populations = [40_000, 20_000, 15_000, 10_000, 10_000, 5_000];
        var districts = Enumerable.Range(0, count).Select(i => new District(
            new DistrictCode($"q{i:00}"), new($"시험{i}면", $"Test district {i}"), DistrictKind.Myeon, population: populations[i])).ToList();
        var sites = new List<Site>();
        for (var i = 0; i < count; i++)
        {
            if (i == marketDistrict)
            {
                // A five-day market on days ending in 2 or 7: the district can only be visited on those dates.
                sites.Add(new Site(new SiteId($"q{i:00}-market"), districts[i].Code, new("시장", "Market"), SiteKind.TraditionalMarket, fairDays: [2, 7], isSample: true));
                continue;
            }

            sites.Add(new Site(new SiteId($"q{i:00}-hall-a"), districts[i].Code, new("마을회관 가", "Hall A"), SiteKind.VillageHall, households: 120, isSample: true));
            sites.Add(new Site(new SiteId($"q{i:00}-hall-b"), districts[i].Code, new("마을회관 나", "Hall B"), SiteKind.VillageHall, households: 80, isSample: true));
        }

        return new Municipality(new MunicipalityCode("99100"), new("시험군", "Test county"), RegionType.Rural, districts, sites);
    }

    private static PartnerRoster Roster(bool tight)
    {
        ServiceDefinition[] services =
        [
            new(new ServiceCode("health.basic-check"), new("기초건강검진", "Basic health check"), ServiceCategory.HealthCheck, isSample: true),
            new(new ServiceCode("welfare.consultation"), new("복지상담", "Welfare consultation"), ServiceCategory.InsuranceAndBenefits, isSample: true),
            new(new ServiceCode("mental.depression-screening"), new("우울 선별검사", "Depression screening"), ServiceCategory.MentalHealth, isSample: true),
            new(new ServiceCode("dementia.cognitive-screening"), new("인지 선별검사", "Cognitive screening"), ServiceCategory.Dementia, isSample: true),
        ];
        var health = new ServiceCode("health.basic-check");
        var welfare = new ServiceCode("welfare.consultation");
        var mental = new ServiceCode("mental.depression-screening");
        var dementia = new ServiceCode("dementia.cognitive-screening");
        List<PartnerOrganization> partners =
        [
            new(new PartnerId("lead"), new("복지정책과", "Lead division"), PartnerSector.CountyDivision, [], presence: PartnerPresence.AlwaysPresent, availability: new(teams: 2), isSample: true),
            new(new PartnerId("office"), new("읍면 맞춤형복지팀", "Office of the visited district"), PartnerSector.TownshipOffice, [], presence: PartnerPresence.Local, isSample: true),
        ];
        if (!tight)
        {
            partners.Add(new(new PartnerId("health"), new("보건소", "Health centre"), PartnerSector.CountyDivision, [health, mental], isSample: true));
            partners.Add(new(new PartnerId("nhis"), new("건강보험공단", "NHIS"), PartnerSector.NationalAgency, [welfare], isSample: true));
            return new PartnerRoster(services, partners);
        }

        partners.Add(new(new PartnerId("health-a"), new("보건소 가", "Health centre A"), PartnerSector.CountyDivision, [health], availability: new([IsoDayOfWeek.Tuesday]), isSample: true));
        partners.Add(new(new PartnerId("health-b"), new("보건지소 나", "Health branch B"), PartnerSector.CountyDivision, [health], availability: new(maxSessionsPerSeason: 10), isSample: true));
        partners.Add(new(new PartnerId("nhis"), new("건강보험공단", "NHIS"), PartnerSector.NationalAgency, [welfare], availability: new(maxSessionsPerMonth: 8, teams: 2), isSample: true));
        partners.Add(new(new PartnerId("mental"), new("정신건강복지센터", "Mental health centre"), PartnerSector.CountyDivision, [mental],
            availability: new(blackouts: [new DateInterval(new(2025, 4, 7), new(2025, 4, 18))], maxSessionsPerMonth: 4), isSample: true));
        partners.Add(new(new PartnerId("dementia"), new("치매안심센터", "Dementia centre"), PartnerSector.CountyDivision, [dementia], availability: new([IsoDayOfWeek.Thursday]), isSample: true));
        return new PartnerRoster(services, partners);
    }
}
