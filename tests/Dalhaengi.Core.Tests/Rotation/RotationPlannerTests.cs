using Dalhaengi.Core.Calendar;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Rotation;
using Dalhaengi.Core.Tests.TestDoubles;
using NodaTime;

namespace Dalhaengi.Core.Tests.Rotation;

public sealed class RotationPlannerTests
{
    private static readonly DateInterval Season2025 = new(new LocalDate(2025, 3, 5), new LocalDate(2025, 12, 17));
    private static readonly Holiday Substitute = new(new LocalDate(2025, 10, 8), HolidayKind.Substitute, new("대체공휴일", "Substitute holiday"), new LocalDate(2025, 10, 6));

    private static RotationRequest Yangpyeong(IHolidayCalendar? calendar = null, IEnumerable<SeasonBlackout>? blackouts = null, RotationPolicy? policy = null, IEnumerable<DistrictRisk>? risk = null) =>
        new(BuiltInMunicipalities.Yangpyeong,
            new Season(Season2025, [IsoDayOfWeek.Wednesday], calendar ?? new FixedHolidayCalendar([Substitute]), blackouts: blackouts),
            BuiltInPartnerRosters.Yangpyeong, policy, risk);

    [Fact]
    public void Plan_WhenAWednesdayIsAHoliday_SkipsItAndNamesTheHoliday()
    {
        var plan = new RotationPlanner().Plan(Yangpyeong());

        Assert.DoesNotContain(plan.Sessions, s => s.Date == Substitute.Date);
        var skipped = Assert.Single(plan.Skipped, k => k.Date == Substitute.Date);
        Assert.Equal(SkipReason.Holiday, skipped.Reason);
        Assert.Contains("대체공휴일", skipped.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_OverYangpyeongSeason_HoldsEveryOtherWednesdayAndVisitsEveryDistrictWithinOneOfItsQuota()
    {
        var plan = new RotationPlanner().Plan(Yangpyeong());

        Assert.Equal(41, plan.Sessions.Count);
        Assert.All(plan.Sessions, s => Assert.Equal(IsoDayOfWeek.Wednesday, s.Date.DayOfWeek));
        Assert.All(plan.Quality.Districts, d => Assert.True(d.Sessions >= 1 && Math.Abs(d.Deviation) < 1, $"{d.District}: {d.Sessions} vs {d.Quota}"));
        Assert.True(plan.Quality.SmallestGapDays >= 14);
    }

    [Fact]
    public void Plan_WithABlackout_HoldsNoSessionInItAndSaysWhy()
    {
        var blackout = new SeasonBlackout(new DateInterval(new LocalDate(2025, 7, 23), new LocalDate(2025, 8, 13)), "여름 휴식 (summer break)");

        var plan = new RotationPlanner().Plan(Yangpyeong(blackouts: [blackout]));

        Assert.DoesNotContain(plan.Sessions, s => blackout.Dates.Contains(s.Date));
        var skipped = plan.Skipped.Where(k => blackout.Dates.Contains(k.Date)).ToList();
        Assert.Equal(4, skipped.Count);
        Assert.All(skipped, k => Assert.Equal((SkipReason.Blackout, "여름 휴식 (summer break)"), (k.Reason, k.Description)));
    }

    [Fact]
    public void Plan_WhenTheOnlySiteIsAMarket_VisitsItOnlyOnFairDays()
    {
        var district = new District(new DistrictCode("m1"), new("시장면", "Market township"), DistrictKind.Myeon, population: 1000);
        var market = new Site(new SiteId("market"), district.Code, new("오일장", "Five-day market"), SiteKind.TraditionalMarket, fairDays: [3, 8]);
        var municipality = new Municipality(new MunicipalityCode("99001"), new("시험군", "Test county"), RegionType.Rural, [district], [market]);
        var season = new Season(Season2025, [IsoDayOfWeek.Wednesday], FixedHolidayCalendar.SundaysOnly);
        var request = new RotationRequest(municipality, season, OnePartnerDoesAll(), RotationPolicy.Default with { MinGapDays = 0 });

        var plan = new RotationPlanner().Plan(request);

        Assert.NotEmpty(plan.Sessions);
        Assert.All(plan.Sessions, s => Assert.Contains(s.Date.Day % 10, new[] { 3, 8 }));
        Assert.All(plan.Skipped, k => Assert.Equal(SkipReason.NoFeasibleSession, k.Reason));
        Assert.Contains(plan.Sessions, s => s.Why.IsFairDay);
    }

    [Fact]
    public void Plan_ForYangpyeong_PutsTheVisitedDistrictsTownshipOfficeOnEveryTeam()
    {
        var roster = BuiltInPartnerRosters.Yangpyeong;

        var plan = new RotationPlanner().Plan(Yangpyeong());

        Assert.All(plan.Sessions, s =>
        {
            var office = Assert.Single(s.Team, m => m.Role == TeamRole.LocalOffice);
            Assert.Equal([s.District], roster.GetPartner(office.Partner).Districts);
            Assert.Contains(s.Team, m => m.Partner == new PartnerId("yp-welfare-policy"));
        });
    }

    [Fact]
    public void Plan_WithCappedPartners_NeverExceedsASeasonOrMonthlyCap()
    {
        var plan = new RotationPlanner().Plan(Yangpyeong());

        foreach (var partner in BuiltInPartnerRosters.Yangpyeong.Partners)
        {
            var dates = plan.Sessions.Where(s => s.Team.Any(m => m.Partner == partner.Id)).Select(s => s.Date).ToList();
            if (partner.Availability.MaxSessionsPerSeason is { } cap)
            {
                Assert.InRange(dates.Count, 1, cap);
            }

            if (partner.Availability.MaxSessionsPerMonth is { } monthCap)
            {
                Assert.All(dates.GroupBy(d => (d.Year, d.Month)), g => Assert.True(g.Count() <= monthCap, $"{partner.Id} in {g.Key}"));
            }
        }
    }

    [Fact]
    public void Plan_WithACappedPartner_SpreadsItsSessionsOverTheSeason()
    {
        var plan = new RotationPlanner().Plan(Yangpyeong());
        var ongdalsaem = plan.Sessions.Where(s => s.Team.Any(m => m.Partner == new PartnerId("yp-ongdalsaem"))).ToList();

        Assert.Equal(15, ongdalsaem.Count);
        Assert.True(ongdalsaem[^1].Date > new LocalDate(2025, 11, 1), "the capped partner should still attend late in the season");
    }

    [Fact]
    public void Plan_WithHighRiskDistrict_VisitsItWithinTheResponseWindow()
    {
        var cheongun = BuiltInMunicipalities.Yangpyeong.FindDistrictByName("청운면")!.Code;

        var plan = new RotationPlanner().Plan(Yangpyeong(risk: [new DistrictRisk(cheongun, 12)]));

        var first = plan.Sessions.First(s => s.District == cheongun);
        Assert.True(first.Date <= Season2025.Start.PlusDays(29));
        Assert.Equal(DistrictPick.HighRiskResponse, first.Why.Pick);
        Assert.Equal(1.0, plan.Quality.HighRiskCoverage);
    }

    [Fact]
    public void Plan_Always_ExplainsEverySession()
    {
        var plan = new RotationPlanner().Plan(Yangpyeong());

        Assert.All(plan.Sessions, s => Assert.False(string.IsNullOrWhiteSpace(s.Why.Summary)));
        Assert.StartsWith("강상면", plan.Sessions.First(s => s.District == new DistrictCode("4183031000")).Why.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_RunTwice_IsIdentical()
    {
        var planner = new RotationPlanner();

        Assert.Equal(PlanDump.Text(planner.Plan(Yangpyeong())), PlanDump.Text(planner.Plan(Yangpyeong())));
    }

    [Fact]
    public void Replan_AfterCancellations_KeepsHeldSessionsAndRestoresFairShares()
    {
        var planner = new RotationPlanner();
        var request = Yangpyeong();
        var original = planner.Plan(request);
        var from = new LocalDate(2025, 6, 1);
        var past = original.Sessions.Where(s => s.Date < from).ToList();
        var cancelled = past.Take(2).ToList();
        var held = past.Select(s => new HeldSession(
            s.Date, s.Slot, s.Site,
            cancelled.Contains(s) ? HeldSessionStatus.Cancelled : HeldSessionStatus.Held,
            s.Team.Select(m => m.Partner))).ToList();

        var replan = planner.Replan(original, held, from);

        var keptHeld = replan.Sessions.Where(s => s.Date < from).ToList();
        Assert.Equal(past.Except(cancelled).Select(s => (s.Date, s.Slot, s.Site, s.District)), keptHeld.Select(s => (s.Date, s.Slot, s.Site, s.District)));
        Assert.All(keptHeld, s => Assert.Equal(PlannedSessionStatus.Held, s.Status));
        Assert.All(cancelled, c => Assert.Contains(replan.Skipped, k => k.Date == c.Date && k.Reason == SkipReason.Cancelled));
        Assert.All(replan.Sessions.Where(s => s.Date >= from), s => Assert.Equal(PlannedSessionStatus.Planned, s.Status));
        Assert.Equal(original.Quality.Seats - 2, replan.Quality.Seats);
        Assert.All(replan.Quality.Districts, d => Assert.True(Math.Abs(d.Deviation) < 1, $"{d.District}: {d.Sessions} vs {d.Quota}"));
    }

    [Fact]
    public void Replan_WithUnknownSite_ThrowsListingTheProblem()
    {
        var held = new[] { new HeldSession(new LocalDate(2025, 3, 5), 1, new SiteId("nowhere"), HeldSessionStatus.Held) };

        var ex = Assert.Throws<DalhaengiValidationException>(() => new RotationPlanner().Replan(Yangpyeong(), held, new LocalDate(2025, 4, 1)));

        Assert.Contains("nowhere", Assert.Single(ex.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_ForHwaseongWithThreeSessionsADay_KeepsEveryPartnerWithinItsTeams()
    {
        var season = new Season(Season2025, [IsoDayOfWeek.Wednesday], FixedHolidayCalendar.SundaysOnly, sessionsPerDay: 3);
        var roster = BuiltInPartnerRosters.Hwaseong;

        var plan = new RotationPlanner().Plan(new RotationRequest(BuiltInMunicipalities.Hwaseong, season, roster));

        Assert.Equal(plan.Quality.Seats, plan.Sessions.Count);
        foreach (var day in plan.Sessions.GroupBy(s => s.Date))
        {
            Assert.Equal(day.Count(), day.Select(s => s.Site).Distinct().Count());
            foreach (var p in roster.Partners.Where(p => p.Presence != PartnerPresence.Local))
            {
                Assert.True(day.Count(s => s.Team.Any(m => m.Partner == p.Id)) <= p.Availability.Teams, $"{p.Id} on {day.Key}");
            }
        }
    }

    [Fact]
    public void Plan_ForTheSyntheticProvince_FillsEverySlot()
    {
        var (municipality, roster) = SyntheticProvince.Build();
        var season = new Season(Season2025, [IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Friday], FixedHolidayCalendar.SundaysOnly, sessionsPerDay: 3);

        var plan = new RotationPlanner().Plan(new RotationRequest(municipality, season, roster));

        Assert.Equal(plan.Quality.Seats, plan.Sessions.Count);
        Assert.True(plan.Quality.LargestDeviation < 1);
    }

    [Fact]
    public void Plan_WhenACappedPartnerIsTheOnlyUnrestrictedSourceOfARequiredRole_KeepsItForTheSessionsThatNeedIt()
    {
        // Mental health is required. The centre comes on Tuesdays only; the outreach team can come any day but has
        // just enough sessions for the Thursdays. Spending them as an optional extra on Tuesdays would leave Thursdays
        // without mental health.
        var services = new[]
        {
            new ServiceDefinition(new ServiceCode("check"), new("건강검진", "Check"), ServiceCategory.HealthCheck),
            new ServiceDefinition(new ServiceCode("mind"), new("정신건강", "Mind"), ServiceCategory.MentalHealth),
        };
        var weeks = new DateInterval(new LocalDate(2025, 3, 3), new LocalDate(2025, 5, 25));
        var thursdays = 12;
        var roster = new PartnerRoster(services,
        [
            new PartnerOrganization(new PartnerId("lead"), new("복지정책과", "Lead"), PartnerSector.CountyDivision, [new ServiceCode("check")], presence: PartnerPresence.AlwaysPresent, availability: new PartnerAvailability(teams: 5)),
            new PartnerOrganization(new PartnerId("centre"), new("정신건강복지센터", "Centre"), PartnerSector.CountyDivision, [new ServiceCode("mind")], availability: new PartnerAvailability([IsoDayOfWeek.Tuesday])),
            new PartnerOrganization(new PartnerId("outreach"), new("찾아가는 상담팀", "Outreach"), PartnerSector.PrivateNonProfit, [new ServiceCode("mind")], availability: new PartnerAvailability(maxSessionsPerSeason: thursdays)),
        ]);
        var policy = RotationPolicy.Default with { RequireLocalOffice = false, MinGapDays = 0, RequiredCategories = [new TeamRequirement(ServiceCategory.MentalHealth)] };
        var season = new Season(weeks, [IsoDayOfWeek.Tuesday, IsoDayOfWeek.Thursday], FixedHolidayCalendar.SundaysOnly);

        var plan = new RotationPlanner().Plan(new RotationRequest(BuiltInMunicipalities.Yangpyeong, season, roster, policy));

        Assert.DoesNotContain(plan.Skipped, s => s.Reason == SkipReason.NoFeasibleSession);
        var outreach = plan.Sessions.Where(s => s.Team.Any(m => m.Partner == new PartnerId("outreach"))).ToList();
        Assert.Equal(thursdays, outreach.Count);
        Assert.All(outreach, s => Assert.Equal(IsoDayOfWeek.Thursday, s.Date.DayOfWeek));
    }

    internal static PartnerRoster OnePartnerDoesAll(int teams = 50) => new(
        [new ServiceDefinition(new ServiceCode("all"), new("종합", "Everything"), ServiceCategory.HealthCheck),
         new ServiceDefinition(new ServiceCode("welfare"), new("복지상담", "Welfare"), ServiceCategory.InsuranceAndBenefits),
         new ServiceDefinition(new ServiceCode("mind"), new("정신건강", "Mind"), ServiceCategory.MentalHealth)],
        [new PartnerOrganization(new PartnerId("team"), new("통합팀", "Joint team"), PartnerSector.CountyDivision,
            [new ServiceCode("all"), new ServiceCode("welfare"), new ServiceCode("mind")], availability: new PartnerAvailability(teams: teams))]);
}
