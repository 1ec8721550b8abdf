using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Rotation;
using Dalhaengi.Core.Tests.TestDoubles;
using NodaTime;

namespace Dalhaengi.Core.Tests.Rotation;

// The hard cases of issue 15 on instances small enough to solve by brute force: the planner (constructive pass and
// improvement phase) must reach the optimum of fair coverage that an exhaustive search over every assignment of
// districts to slots finds under the same hard constraints.
public sealed class RotationPlannerSearchTests
{
    private static readonly ServiceDefinition[] Services =
    [
        new(new ServiceCode("health"), new("건강검진", "Health check"), ServiceCategory.HealthCheck),
        new(new ServiceCode("mind"), new("우울검사", "Depression"), ServiceCategory.MentalHealth),
    ];

    private static readonly RotationPolicy Policy = RotationPolicy.Default with
    {
        MinGapDays = 7,
        RequireLocalOffice = false,
        RequiredCategories = [new TeamRequirement(ServiceCategory.HealthCheck), new TeamRequirement(ServiceCategory.MentalHealth)],
    };

    [Fact]
    public void Plan_WhenACappedPartnerCoversTwoRoles_ReachesTheBruteForceOptimum()
    {
        // Health and mental health come from Tuesday-only partners, or on any day from one partner covering both and
        // capped at 3 sessions: every Thursday session spends one of them.
        var m = Municipality([6_000, 3_000, 1_000], marketOnly: -1, marketToo: -1);
        var roster = new PartnerRoster(Services,
        [
            Partner("health-tue", ["health"], new([IsoDayOfWeek.Tuesday])),
            Partner("mind-tue", ["mind"], new([IsoDayOfWeek.Tuesday])),
            Partner("combo", ["health", "mind"], new(maxSessionsPerSeason: 3)),
        ]);
        var request = Request(m, roster, new LocalDate(2025, 3, 4), new LocalDate(2025, 4, 3), [IsoDayOfWeek.Tuesday, IsoDayOfWeek.Thursday], Policy);

        var plan = new RotationPlanner().Plan(request);

        var optimum = BruteForce(request, (_, _) => true, date => date.DayOfWeek == IsoDayOfWeek.Thursday ? 1 : 0, cap: 3);
        Assert.Equal(optimum, plan.Quality.FairCoverage, 9);
        Assert.True(plan.Sessions.Count(s => s.Team.Any(t => t.Partner.Value == "combo")) <= 3);
    }

    [Fact]
    public void Plan_WhenADistrictHasOnlyARareMarket_ReachesTheBruteForceOptimum()
    {
        // District 2 has only a market on days ending in 4 or 9 (two of the Wednesdays); district 0, the largest, has
        // halls and the same market.
        var m = Municipality([5_000, 3_000, 2_000], marketOnly: 2, marketToo: 0);
        var roster = new PartnerRoster(Services, [Partner("health", ["health", "mind"], new())]);
        var request = Request(m, roster, new LocalDate(2025, 3, 5), new LocalDate(2025, 5, 7), [IsoDayOfWeek.Wednesday], Policy);

        var plan = new RotationPlanner().Plan(request);

        var optimum = BruteForce(request, (d, date) => d != 2 || date.Day % 5 == 4, _ => 0, cap: 0);
        Assert.Equal(optimum, plan.Quality.FairCoverage, 9);
        Assert.Equal(2, plan.Sessions.Count(s => s.District.Value == "d2"));
    }

    [Fact]
    public void Plan_WhenSeatsBarelyExceedDistrictsUnderTheOneSessionGuarantee_ReachesTheBruteForceOptimumUnderThatPolicy()
    {
        // Seven Wednesdays, five districts, one with 80 % of the population and a 14-day gap: the guarantee gives four
        // of them to the small districts, and where they go decides how many the large one can still take.
        var m = Municipality([8_000, 500, 500, 500, 500], marketOnly: -1, marketToo: -1);
        var roster = new PartnerRoster(Services, [Partner("health", ["health", "mind"], new())]);
        var policy = Policy with { MinGapDays = 14, GuaranteeOneSessionPerDistrict = true };
        var request = Request(m, roster, new LocalDate(2025, 3, 5), new LocalDate(2025, 4, 16), [IsoDayOfWeek.Wednesday], policy);

        var plan = new RotationPlanner().Plan(request);

        var optimum = BruteForce(request, (_, _) => true, _ => 0, cap: 0, guarantee: true);
        Assert.True(plan.Quality.FairCoverage >= optimum - 1e-9, $"{plan.Quality.FairCoverage} against {optimum}");
        Assert.All(plan.Quality.Districts, d => Assert.True(d.Sessions >= 1, $"{d.District} has no session"));
    }

    [Fact]
    public void Plan_WhenSessionsMustBeTimedAroundAFourteenDayGap_ReachesTheBruteForceOptimum()
    {
        // Three weekdays, a 14-day gap and four districts: at most one session per district in any six slots, so which
        // slot each district takes decides how many slots stay empty (gen-037 of the quality suite, in small).
        var m = Municipality([5_000, 4_000, 2_000, 1_000], marketOnly: -1, marketToo: -1);
        var roster = new PartnerRoster(Services, [Partner("health", ["health", "mind"], new())]);
        var policy = Policy with { MinGapDays = 14 };
        var request = Request(m, roster, new LocalDate(2025, 3, 3), new LocalDate(2025, 3, 28), [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Friday], policy);

        var plan = new RotationPlanner().Plan(request);

        Assert.Equal(TeamBruteForce(request), plan.Quality.FairCoverage, 9);
    }

    [Fact]
    public void Plan_WhenTwoCappedPartnersShareTheRoles_ReachesTheBruteForceOptimum()
    {
        // Health on Tuesdays only, mental health capped per month, and a partner covering both capped for the season
        // (gen-002 of the quality suite, in small): which sessions spend which capped partner decides how many can be held.
        var m = Municipality([6_000, 3_000, 2_000], marketOnly: -1, marketToo: -1);
        var roster = new PartnerRoster(Services,
        [
            Partner("health-tue", ["health"], new([IsoDayOfWeek.Tuesday])),
            Partner("mind", ["mind"], new(maxSessionsPerMonth: 2)),
            Partner("combo", ["health", "mind"], new(maxSessionsPerSeason: 2)),
        ]);
        var request = Request(m, roster, new LocalDate(2025, 3, 4), new LocalDate(2025, 4, 10), [IsoDayOfWeek.Tuesday, IsoDayOfWeek.Thursday], Policy);

        var plan = new RotationPlanner().Plan(request);

        Assert.Equal(TeamBruteForce(request), plan.Quality.FairCoverage, 9);
        Assert.True(plan.Sessions.Count(s => s.Team.Any(t => t.Partner.Value == "combo")) <= 2);
    }

    // The best Σ min(n_d, q_d) ÷ S over every assignment of at most one district to each slot (or none) in which each
    // district keeps the minimum gap, is open that day, and the sessions that need the capped partner number at most
    // its cap; with the guarantee, every district gets a session. Depth-first with a bound: each remaining slot adds
    // at most 1.
    private static double BruteForce(RotationRequest request, Func<int, LocalDate, bool> open, Func<LocalDate, int> need, int cap, bool guarantee = false)
    {
        var season = request.Season;
        var dates = SeasonDates(season);

        var districts = request.Municipality.Districts.OrderBy(d => d.Code.Value, StringComparer.Ordinal).ToArray();
        var total = districts.Sum(d => (double)d.Population!.Value);
        var quota = districts.Select(d => dates.Count * d.Population!.Value / total).ToArray();
        var count = new int[districts.Length];
        var last = new LocalDate?[districts.Length];
        var best = -1.0;
        Search(0, 0, 0);
        return best / dates.Count;

        void Search(int t, int used, double value)
        {
            if (t == dates.Count)
            {
                if (!guarantee || count.All(c => c > 0))
                {
                    best = Math.Max(best, value);
                }

                return;
            }

            if (value + dates.Count - t <= best)
            {
                return;
            }

            var date = dates[t];
            for (var d = 0; d < districts.Length; d++)
            {
                if (!open(d, date) || used + need(date) > cap && need(date) > 0 || (last[d] is { } l && Period.DaysBetween(l, date) < request.Policy.MinGapDays))
                {
                    continue;
                }

                var before = last[d];
                var gain = Math.Min(count[d] + 1, quota[d]) - Math.Min(count[d], quota[d]);
                count[d]++;
                last[d] = date;
                Search(t + 1, used + need(date), value + gain);
                count[d]--;
                last[d] = before;
            }

            Search(t + 1, used, value);
        }
    }

    // Every weekday of the season the brute forces consider, in order (holidays are checked by their callers' `open`).
    private static List<LocalDate> SeasonDates(Season season)
    {
        var dates = new List<LocalDate>();
        for (var date = season.Dates.Start; date <= season.Dates.End; date = date.PlusDays(1))
        {
            if (season.Weekdays.Contains(date.DayOfWeek))
            {
                dates.Add(date);
            }
        }

        return dates;
    }

    // The best Σ min(n_d, q_d) ÷ S over every assignment of a district and a team to each slot (or none), one session a
    // day: each district keeps the minimum gap; the team has, for every required category, a partner covering it that
    // works that weekday, within its season cap and its monthly cap. Depth-first with a bound: each remaining slot adds
    // at most 1. Independent of the planner: it knows nothing of its order, its moves or its repair.
    internal static double TeamBruteForce(RotationRequest request)
    {
        var season = request.Season;
        var dates = SeasonDates(season);

        var districts = request.Municipality.Districts.OrderBy(d => d.Code.Value, StringComparer.Ordinal).ToArray();
        var partners = request.Roster.Partners.ToArray();
        var categories = partners.Select(p => p.Services.Select(s => request.Roster.GetService(s).Category).ToHashSet()).ToArray();
        var required = request.Policy.RequiredCategories.ToArray();
        var total = districts.Sum(d => (double)d.Population!.Value);
        var quota = districts.Select(d => dates.Count * d.Population!.Value / total).ToArray();
        var count = new int[districts.Length];
        var last = new LocalDate?[districts.Length];
        var used = new int[partners.Length];
        var month = new Dictionary<(int, int), int>();
        var best = -1.0;
        Search(0, 0);
        return best / dates.Count;

        void Search(int t, double value)
        {
            if (t == dates.Count)
            {
                best = Math.Max(best, value);
                return;
            }

            if (value + dates.Count - t <= best)
            {
                return;
            }

            var date = dates[t];
            for (var d = 0; d < districts.Length; d++)
            {
                if (last[d] is { } l && Period.DaysBetween(l, date) < request.Policy.MinGapDays)
                {
                    continue;
                }

                var before = last[d];
                var gain = Math.Min(count[d] + 1, quota[d]) - Math.Min(count[d], quota[d]);
                count[d]++;
                last[d] = date;
                Staff(0, []);
                count[d]--;
                last[d] = before;

                void Staff(int r, List<int> team)
                {
                    if (r == required.Length)
                    {
                        Search(t + 1, value + gain);
                        return;
                    }

                    if (team.Exists(p => required[r].AnyOf.Any(categories[p].Contains)))
                    {
                        Staff(r + 1, team);
                        return;
                    }

                    for (var p = 0; p < partners.Length; p++)
                    {
                        var a = partners[p].Availability;
                        var key = (p, date.Month);
                        if (!required[r].AnyOf.Any(categories[p].Contains) || !a.IsAvailableOn(date) || used[p] >= (a.MaxSessionsPerSeason ?? int.MaxValue)
                            || month.GetValueOrDefault(key) >= (a.MaxSessionsPerMonth ?? int.MaxValue))
                        {
                            continue;
                        }

                        used[p]++;
                        month[key] = month.GetValueOrDefault(key) + 1;
                        team.Add(p);
                        Staff(r + 1, team);
                        team.RemoveAt(team.Count - 1);
                        month[key]--;
                        used[p]--;
                    }
                }
            }

            Search(t + 1, value);
        }
    }

    private static RotationRequest Request(Municipality m, PartnerRoster roster, LocalDate start, LocalDate end, IsoDayOfWeek[] weekdays, RotationPolicy policy)
    {
        var request = new RotationRequest(m, new Season(new DateInterval(start, end), weekdays, new FixedHolidayCalendar()), roster, policy);
        return request;
    }

    private static PartnerOrganization Partner(string id, string[] services, PartnerAvailability availability) =>
        new(new PartnerId(id), new(id, id), PartnerSector.CountyDivision, services.Select(s => new ServiceCode(s)), availability: availability);

    // Districts d0…, each with a hall, except the market-only one; marketToo also has a market (fair days 4 and 9).
    private static Municipality Municipality(int[] populations, int marketOnly, int marketToo)
    {
        var districts = populations.Select((p, i) => new District(new DistrictCode($"d{i}"), new($"시험{i}면", $"District {i}"), DistrictKind.Myeon, population: p)).ToList();
        var sites = new List<Site>();
        for (var i = 0; i < districts.Count; i++)
        {
            if (i != marketOnly)
            {
                sites.Add(new Site(new SiteId($"d{i}-hall"), districts[i].Code, new("마을회관", "Hall"), SiteKind.VillageHall, households: 100));
            }

            if (i == marketOnly || i == marketToo)
            {
                sites.Add(new Site(new SiteId($"d{i}-market"), districts[i].Code, new("오일장", "Market"), SiteKind.TraditionalMarket, fairDays: [4, 9]));
            }
        }

        return new Municipality(new MunicipalityCode("99300"), new("시험군", "Test county"), RegionType.Rural, districts, sites);
    }
}
