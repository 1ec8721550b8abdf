using System.Globalization;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;

namespace Dalhaengi.Core.Rotation;

/// <summary>
/// Builds a seeded synthetic province (many districts and sites) with a matching roster, for benchmarks and scale
/// tests. Everything it makes is sample data.
/// </summary>
internal static class SyntheticProvince
{
    internal static (Municipality Municipality, PartnerRoster Roster) Build(int districtCount = 500, int siteCount = 5_000, int seed = 2025)
    {
        var random = new Random(seed);
        var ic = CultureInfo.InvariantCulture;
        var boroughs = Enumerable.Range(0, Math.Max(1, districtCount / 25))
            .Select(b => new Borough(new BoroughCode(string.Create(ic, $"b{b:000}")), new(string.Create(ic, $"{b}구"), string.Create(ic, $"Borough {b}")))).ToList();
        var districts = Enumerable.Range(0, districtCount).Select(i => new District(
            new DistrictCode(string.Create(ic, $"d{i:0000}")),
            new(string.Create(ic, $"시험{i}면"), string.Create(ic, $"District {i} (synthetic)")),
            (DistrictKind)(i % 3),
            boroughs[i % boroughs.Count].Code,
            random.Next(2_000, 60_000))).ToList();
        var sites = Enumerable.Range(0, siteCount).Select(i =>
        {
            var d = districts[i % districtCount];
            var market = i % 97 == 0;
            return new Site(
                new SiteId(string.Create(ic, $"s{i:00000}")), d.Code,
                new(string.Create(ic, $"{(market ? "시장" : "마을회관")} {i}"), string.Create(ic, $"Site {i} (synthetic)")),
                market ? SiteKind.TraditionalMarket : SiteKind.VillageHall,
                households: random.Next(20, 400),
                fairDays: market ? [i % 5, (i % 5) + 5] : null,
                isSample: true);
        }).ToList();
        var municipality = new Municipality(new MunicipalityCode("99000"), new("시험도", "Synthetic province"), RegionType.MediumSmallCity, districts, sites, boroughs);

        var services = new[]
        {
            new ServiceDefinition(new ServiceCode("health.basic-check"), new("기초건강검진", "Basic health check"), ServiceCategory.HealthCheck, ["vital"], true),
            new ServiceDefinition(new ServiceCode("mental.depression-screening"), new("우울 선별검사", "Depression screening"), ServiceCategory.MentalHealth, ["mental"], true),
            new ServiceDefinition(new ServiceCode("dementia.cognitive-screening"), new("인지 선별검사", "Cognitive screening"), ServiceCategory.Dementia, ["dementia"], true),
            new ServiceDefinition(new ServiceCode("welfare.consultation"), new("복지상담", "Welfare consultation"), ServiceCategory.InsuranceAndBenefits, ["welfare", "arrears"], true),
            new ServiceDefinition(new ServiceCode("beauty.haircut"), new("이미용", "Haircut"), ServiceCategory.LeisureAndBeauty, null, true),
        };
        var partners = new List<PartnerOrganization>
        {
            new(new PartnerId("p-lead"), new("복지정책과", "Lead division"), PartnerSector.CountyDivision, [], 2, PartnerPresence.AlwaysPresent, new(teams: 50), isSample: true),
            new(new PartnerId("p-office"), new("읍면동 맞춤형복지팀", "Office of the visited district"), PartnerSector.TownshipOffice, [new ServiceCode("welfare.consultation")], 2, PartnerPresence.Local, isSample: true),
        };
        for (var b = 0; b < boroughs.Count; b++)
        {
            var served = districts.Where(d => d.Borough == boroughs[b].Code).Select(d => d.Code).ToList();
            partners.Add(new(new PartnerId(string.Create(ic, $"p-health-{b:000}")), new(string.Create(ic, $"보건소 {b}"), "Health centre"), PartnerSector.CountyDivision, [new ServiceCode("health.basic-check")], 3, availability: new(teams: 3), districts: served, acceptsReferrals: true, isSample: true));
            partners.Add(new(new PartnerId(string.Create(ic, $"p-mind-{b:000}")), new(string.Create(ic, $"정신건강복지센터 {b}"), "Mental health centre"), PartnerSector.CountyDivision, [new ServiceCode("mental.depression-screening")], 2, availability: new(teams: 2, maxSessionsPerSeason: 60), districts: served, acceptsReferrals: true, isSample: true));
            partners.Add(new(new PartnerId(string.Create(ic, $"p-dementia-{b:000}")), new(string.Create(ic, $"치매안심센터 {b}"), "Dementia centre"), PartnerSector.CountyDivision, [new ServiceCode("dementia.cognitive-screening")], 2, availability: new(teams: 2), districts: served, acceptsReferrals: true, isSample: true));
            partners.Add(new(new PartnerId(string.Create(ic, $"p-volunteer-{b:000}")), new(string.Create(ic, $"자원봉사센터 {b}"), "Volunteers"), PartnerSector.VolunteerGroup, [new ServiceCode("beauty.haircut")], 4, availability: new(maxSessionsPerMonth: 4), districts: served, isSample: true));
        }

        return (municipality, new PartnerRoster(services, partners));
    }
}
