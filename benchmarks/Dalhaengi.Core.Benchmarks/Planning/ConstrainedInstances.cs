using System.Globalization;
using Dalhaengi.Core.Calendar;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Rotation;
using NodaTime;

namespace Dalhaengi.Core.Benchmarks.Planning;

/// <summary>
/// Seeded constrained instances of the kinds issue 15 names, small enough for CP-SAT to prove optimal: 5–14
/// districts, 1–3 weekdays, March–June on the real Korean holiday calendar, capped and weekday-restricted partners
/// (one capped partner covers two roles), markets (some districts have only a market), a season blackout, and the
/// one-session guarantee on or off; plus the named hard cases. The same seed gives the same instances.
/// </summary>
internal static class ConstrainedInstances
{
    private static readonly ServiceCode Health = new("health.basic-check");
    private static readonly ServiceCode Welfare = new("welfare.consultation");
    private static readonly ServiceCode Mental = new("mental.depression-screening");
    private static readonly ServiceCode Dementia = new("dementia.cognitive-screening");

    private static readonly ServiceDefinition[] Services =
    [
        new(Health, new("기초건강검진", "Basic health check"), ServiceCategory.HealthCheck, isSample: true),
        new(Welfare, new("복지상담", "Welfare consultation"), ServiceCategory.InsuranceAndBenefits, isSample: true),
        new(Mental, new("우울 선별검사", "Depression screening"), ServiceCategory.MentalHealth, isSample: true),
        new(Dementia, new("인지 선별검사", "Cognitive screening"), ServiceCategory.Dementia, isSample: true),
    ];

    private static readonly IsoDayOfWeek[] Workdays = [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];

    /// <summary>The generated instances <c>gen-000</c> … for seeds <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> − 1.</summary>
    public static IEnumerable<QualityInstance> Generated(int count, int first = 0) =>
        Enumerable.Range(first, count).Select(Generate);

    /// <summary>The named hard cases of issue 15.</summary>
    public static IReadOnlyList<QualityInstance> Named =>
    [
        CappedTwoRoles,
        RareFairDays,
        GuaranteeWithFewSeats,
        RiskWeighted25,
    ];

    /// <summary>A capped partner covering two roles is the only source of health checks on Thursdays.</summary>
    public static QualityInstance CappedTwoRoles
    {
        get
        {
            var m = Municipality(6, [40_000, 20_000, 15_000, 10_000, 8_000, 5_000], marketOnly: [], extraMarket: []);
            var partners = BasePartners(teams: 1);
            partners.Add(Partner("health-tue", [Health], new([IsoDayOfWeek.Tuesday])));
            partners.Add(Partner("mind", [Mental], new([IsoDayOfWeek.Tuesday, IsoDayOfWeek.Thursday])));
            partners.Add(Partner("combo", [Health, Mental], new(maxSessionsPerSeason: 13)));
            partners.Add(Partner("nhis", [Welfare], new()));
            var season = new Season(new(new(2025, 3, 3), new(2025, 5, 30)), [IsoDayOfWeek.Tuesday, IsoDayOfWeek.Thursday], KoreanHolidayCalendar.Default);
            return new("capped-two-roles", "6 districts, Tue/Thu March–May; health Tue-only, mental uncapped, a capped health + mental partner is the only Thursday health check",
                new RotationRequest(m, season, new PartnerRoster(Services, partners)));
        }
    }

    /// <summary>One district has only a market whose fair days are rare Wednesdays; another has halls and the same market days.</summary>
    public static QualityInstance RareFairDays
    {
        get
        {
            var m = Municipality(6, [30_000, 25_000, 15_000, 12_000, 10_000, 8_000], marketOnly: [(5, 4)], extraMarket: [(0, 4)]);
            var partners = BasePartners(teams: 1);
            partners.Add(Partner("health", [Health, Mental], new()));
            partners.Add(Partner("nhis", [Welfare], new()));
            var season = new Season(new(new(2025, 3, 5), new(2025, 6, 25)), [IsoDayOfWeek.Wednesday], KoreanHolidayCalendar.Default);
            return new("rare-fair-days", "6 districts, Wednesdays March–June; one has only a market on days ending in 4 or 9, the largest has halls and the same market",
                new RotationRequest(m, season, new PartnerRoster(Services, partners), RotationPolicy.Default with { MinGapDays = 7 }));
        }
    }

    /// <summary>Seats barely above the number of districts, with the one-session guarantee.</summary>
    public static QualityInstance GuaranteeWithFewSeats
    {
        get
        {
            int[] populations = [60_000, 4_000, 3_500, 3_000, 3_000, 2_800, 2_500, 2_500, 2_200, 2_000, 1_800, 1_500, 1_200, 1_000];
            var m = Municipality(14, populations, marketOnly: [], extraMarket: []);
            var partners = BasePartners(teams: 1);
            partners.Add(Partner("health", [Health, Mental], new()));
            partners.Add(Partner("nhis", [Welfare], new()));
            var season = new Season(new(new(2025, 3, 5), new(2025, 6, 25)), [IsoDayOfWeek.Wednesday], KoreanHolidayCalendar.Default);
            return new("guarantee-few-seats", "14 districts (one holds 68 % of the population), 16 Wednesdays, one session guaranteed per district",
                new RotationRequest(m, season, new PartnerRoster(Services, partners)));
        }
    }

    /// <summary>25 districts weighted by high-risk households, one far riskier: the spacing case of issue 15.</summary>
    public static QualityInstance RiskWeighted25
    {
        get
        {
            var populations = Enumerable.Range(0, 25).Select(i => 3_000 + (i * 400)).ToArray();
            var m = Municipality(25, populations, marketOnly: [], extraMarket: []);
            var partners = BasePartners(teams: 1);
            partners.Add(Partner("health", [Health, Mental], new()));
            partners.Add(Partner("nhis", [Welfare], new()));
            var season = new Season(new(new(2025, 3, 5), new(2025, 12, 17)), [IsoDayOfWeek.Wednesday], KoreanHolidayCalendar.Default);
            var risk = m.Districts.Select((d, i) => new DistrictRisk(d.Code, i == 0 ? 60 : 1 + (i % 4))).ToList();
            return new("risk-weighted-25", "25 districts weighted by high/urgent households (one has 60, the others 1–4), Wednesdays March–December",
                new RotationRequest(m, season, new PartnerRoster(Services, partners), RotationPolicy.Default with { Weight = DistrictWeight.HighRiskHouseholds, GuaranteeOneSessionPerDistrict = false }, risk));
        }
    }

    private static QualityInstance Generate(int seed)
    {
        var random = new Random(seed);
        var n = random.Next(5, 15);
        var populations = Enumerable.Range(0, n).Select(i => i == 0 && random.Next(3) == 0 ? random.Next(30_000, 60_000) : random.Next(2_000, 25_000)).ToArray();
        var marketOnly = new List<(int District, int FairDay)>();
        var extra = new List<(int District, int FairDay)>();
        for (var d = 0; d < n; d++)
        {
            var roll = random.Next(10);
            if (roll == 0)
            {
                marketOnly.Add((d, random.Next(0, 5)));
            }
            else if (roll == 1)
            {
                extra.Add((d, random.Next(0, 5)));
            }
        }

        var m = Municipality(n, populations, marketOnly, extra);
        var weekdays = Workdays.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).Order().ToArray();
        var perDay = weekdays.Length == 1 && random.Next(2) == 0 ? 2 : 1;
        var start = new LocalDate(2025, 3, 3).PlusDays(random.Next(0, 14));
        var end = new LocalDate(2025, 6, 30).PlusDays(-random.Next(0, 21));
        var blackouts = new List<SeasonBlackout>();
        if (random.Next(2) == 0)
        {
            var from = start.PlusDays(random.Next(20, 70));
            blackouts.Add(new SeasonBlackout(new DateInterval(from, from.PlusDays(random.Next(6, 14))), "휴식 (break)"));
        }

        var season = new Season(new DateInterval(start, end), weekdays, KoreanHolidayCalendar.Default, perDay, blackouts);
        var slots = season.WeekdayDates().Count(d => season.CheckDay(d) is null) * perDay;

        IsoDayOfWeek[] Some() => [.. weekdays.Where(_ => random.Next(2) == 0).DefaultIfEmpty(weekdays[random.Next(weekdays.Length)])];
        var partners = BasePartners(teams: perDay);
        partners.Add(Partner("health-a", [Health], new(Some())));
        partners.Add(Partner("health-b", [Health], new(maxSessionsPerSeason: Math.Max(1, (int)(slots * random.Next(20, 70) / 100.0)))));
        partners.Add(Partner("combo", [Health, Mental], new(maxSessionsPerSeason: Math.Max(1, (int)(slots * random.Next(20, 60) / 100.0)), teams: perDay)));
        partners.Add(Partner("nhis", [Welfare], new(maxSessionsPerMonth: random.Next(3, 9), teams: perDay)));
        if (random.Next(2) == 0)
        {
            partners.Add(Partner("welfare-b", [Welfare], new(Some())));
        }

        var mentalBlackout = start.PlusDays(random.Next(10, 80));
        partners.Add(Partner("mental", [Mental], new(blackouts: [new DateInterval(mentalBlackout, mentalBlackout.PlusDays(random.Next(5, 15)))], maxSessionsPerMonth: random.Next(2, 6))));
        partners.Add(Partner("dementia", [Dementia], new(Some())));
        var policy = RotationPolicy.Default with
        {
            MinGapDays = random.Next(3) == 0 ? 7 : 14,
            GuaranteeOneSessionPerDistrict = random.Next(2) == 0,
        };
        var name = string.Create(CultureInfo.InvariantCulture, $"gen-{seed:000}");
        var description = string.Create(CultureInfo.InvariantCulture, $"{n} districts, {string.Join('/', weekdays.Select(w => w.ToString()[..3]))} × {perDay}, {start:MM-dd}–{end:MM-dd}, gap {policy.MinGapDays}, guarantee {(policy.GuaranteeOneSessionPerDistrict ? "on" : "off")}");
        return new(name, description, new RotationRequest(m, season, new PartnerRoster(Services, partners), policy));
    }

    private static List<PartnerOrganization> BasePartners(int teams) =>
    [
        new(new PartnerId("lead"), new("복지정책과", "Lead division"), PartnerSector.CountyDivision, [], presence: PartnerPresence.AlwaysPresent, availability: new(teams: Math.Max(1, teams)), isSample: true),
        new(new PartnerId("office"), new("읍면 맞춤형복지팀", "Office of the visited district"), PartnerSector.TownshipOffice, [], presence: PartnerPresence.Local, isSample: true),
    ];

    private static PartnerOrganization Partner(string id, ServiceCode[] services, PartnerAvailability availability) =>
        new(new PartnerId(id), new(id, id), PartnerSector.CountyDivision, services, availability: availability, isSample: true);

    // Districts q00…; each has two halls, except a market-only district (one market), and some have a market as well.
    private static Municipality Municipality(int count, int[] populations, IReadOnlyList<(int District, int FairDay)> marketOnly, IReadOnlyList<(int District, int FairDay)> extraMarket)
    {
        var ic = CultureInfo.InvariantCulture;
        var districts = Enumerable.Range(0, count).Select(i => new District(
            new DistrictCode(string.Create(ic, $"q{i:00}")), new(string.Create(ic, $"시험{i}면"), string.Create(ic, $"Test district {i}")), DistrictKind.Myeon, population: populations[i])).ToList();
        var sites = new List<Site>();
        for (var i = 0; i < count; i++)
        {
            var code = districts[i].Code;
            var only = marketOnly.Where(x => x.District == i).Select(x => (int?)x.FairDay).FirstOrDefault();
            var extra = extraMarket.Where(x => x.District == i).Select(x => (int?)x.FairDay).FirstOrDefault();
            if (only is { } f)
            {
                sites.Add(new Site(new SiteId(string.Create(ic, $"q{i:00}-market")), code, new("시장", "Market"), SiteKind.TraditionalMarket, fairDays: [f, f + 5], isSample: true));
                continue;
            }

            sites.Add(new Site(new SiteId(string.Create(ic, $"q{i:00}-hall-a")), code, new("마을회관 가", "Hall A"), SiteKind.VillageHall, households: 120, isSample: true));
            sites.Add(new Site(new SiteId(string.Create(ic, $"q{i:00}-hall-b")), code, new("마을회관 나", "Hall B"), SiteKind.VillageHall, households: 80, isSample: true));
            if (extra is { } e)
            {
                sites.Add(new Site(new SiteId(string.Create(ic, $"q{i:00}-market")), code, new("시장", "Market"), SiteKind.TraditionalMarket, fairDays: [e, e + 5], isSample: true));
            }
        }

        return new Municipality(new MunicipalityCode("99200"), new("시험군", "Test county"), RegionType.Rural, districts, sites);
    }
}
