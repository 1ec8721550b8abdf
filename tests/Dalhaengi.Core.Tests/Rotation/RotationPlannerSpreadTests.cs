using Dalhaengi.Core.Calendar;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Rotation;
using Dalhaengi.Core.Tests.TestDoubles;
using NodaTime;

namespace Dalhaengi.Core.Tests.Rotation;

public sealed class RotationPlannerSpreadTests
{
    private static readonly ServiceDefinition[] Services =
    [
        new(new ServiceCode("health"), new("건강검진", "Health check"), ServiceCategory.HealthCheck),
        new(new ServiceCode("welfare"), new("복지상담", "Welfare"), ServiceCategory.InsuranceAndBenefits),
        new(new ServiceCode("mind"), new("우울검사", "Depression"), ServiceCategory.MentalHealth),
    ];

    // Ten Wednesdays, one session each; 가면 50 %, 나면 30 %, 다면 20 % of the population: shares 5, 3 and 2, and at a
    // gap factor of 1 bounds of 2, 3 and 5 slots. By pace alone slot 2 would go to 다면 (due at 2.5, 가면 at 3.0), which
    // leaves 가면, last visited at slot 0, past its bound of slot 2.
    private static RotationRequest Request(double factor)
    {
        var districts = new[] { ("a", "가면", 50_000), ("b", "나면", 30_000), ("c", "다면", 20_000) }
            .Select(d => new District(new DistrictCode(d.Item1), new(d.Item2, d.Item1), DistrictKind.Myeon, population: d.Item3)).ToList();
        var sites = districts.Select(d => new Site(new SiteId($"{d.Code}-hall"), d.Code, new($"{d.Name.Korean} 마을회관", "Hall"), SiteKind.VillageHall));
        var m = new Municipality(new MunicipalityCode("99004"), new("간격군", "Gap county"), RegionType.Rural, districts, sites);
        var roster = new PartnerRoster(Services, [new PartnerOrganization(new PartnerId("all"), new("통합팀", "Joint team"), PartnerSector.CountyDivision, Services.Select(s => s.Code), availability: new PartnerAvailability(teams: 5))]);
        var start = new LocalDate(2025, 3, 5);
        var season = new Season(new DateInterval(start, start.PlusWeeks(9)), [IsoDayOfWeek.Wednesday], FixedHolidayCalendar.SundaysOnly);
        return new RotationRequest(m, season, roster, RotationPolicy.Default with { MinGapDays = 0, MaxGapFactor = factor, GuaranteeOneSessionPerDistrict = false, RequireLocalOffice = false });
    }

    [Fact]
    public void Plan_WhenPaceWouldOverrunABound_HoldsBackThePaceChoiceAndSaysSo()
    {
        var plan = new RotationPlanner().Plan(Request(1));

        var third = plan.Sessions.Single(s => s.Why.SlotIndex == 2);
        Assert.Equal(new DistrictCode("a"), third.District);
        Assert.Contains("held back by the longest-gap look-ahead", third.Why.Summary, StringComparison.Ordinal);
        Assert.Empty(RotationPlannerProperties.GapViolations(plan, RotationPolicy.Default with { MaxGapFactor = 1 }));
    }

    [Fact]
    public void Plan_WithTheBoundOff_FollowsPaceAlone()
    {
        var plan = new RotationPlanner().Plan(Request(0));

        var third = plan.Sessions.Single(s => s.Why.SlotIndex == 2);
        Assert.Equal(new DistrictCode("c"), third.District);
        Assert.DoesNotContain(plan.Sessions, s => s.Why.Summary.Contains("longest-gap", StringComparison.Ordinal));
    }
    // A counterexample of the look-ahead found by the spread property: 14 slots (Tuesdays to Thursdays, 2025-07-07 to
    // 2025-08-08, three holidays), 1면 with a share of 10 and a bound of 2 slots, 0면 a market open on days ending in
    // 1 or 6. The planner's order leaves 1면 at slots 8 and 11; the exact search (GapBoundSearch) proves a schedule
    // within every bound exists, and the repair finds one.
    private static RotationRequest LookAheadCounterexample()
    {
        var districts = new[] { ("d0", "0면", 4_563), ("d1", "1면", 22_710), ("d2", "2면", 4_846) }
            .Select(d => new District(new DistrictCode(d.Item1), new(d.Item2, d.Item1), DistrictKind.Myeon, population: d.Item3)).ToList();
        Site[] sites =
        [
            new(new SiteId("d0-s0"), new DistrictCode("d0"), new("0리 시장", "Market"), SiteKind.TraditionalMarket, fairDays: [1, 6]),
            new(new SiteId("d1-s0"), new DistrictCode("d1"), new("0리 마을회관", "Hall"), SiteKind.VillageHall),
            new(new SiteId("d2-s0"), new DistrictCode("d2"), new("0리 마을회관", "Hall"), SiteKind.VillageHall),
        ];
        var m = new Municipality(new MunicipalityCode("99003"), new("간격군", "Gap county"), RegionType.Rural, districts, sites);
        var roster = new PartnerRoster(Services, [new PartnerOrganization(new PartnerId("all"), new("통합팀", "Joint team"), PartnerSector.CountyDivision, Services.Select(s => s.Code), availability: new PartnerAvailability(teams: 50))]);
        var holidays = new[] { new LocalDate(2025, 7, 8), new LocalDate(2025, 7, 14), new LocalDate(2025, 8, 4) }
            .Select(d => new Holiday(d, HolidayKind.Regular, new("공휴일", "Holiday")));
        var season = new Season(
            new DateInterval(new LocalDate(2025, 7, 7), new LocalDate(2025, 8, 8)),
            [IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday], new FixedHolidayCalendar(holidays));
        return new RotationRequest(m, season, roster, RotationPolicy.Default with { MinGapDays = 0, GuaranteeOneSessionPerDistrict = false, RequireLocalOffice = false });
    }

    [Fact]
    public void Plan_WhenTheLookAheadMissesAFeasibleBound_RepairsThePlanWithinEveryBound()
    {
        var request = LookAheadCounterexample();
        Assert.True(GapBoundSearch.For(request).Feasible());
        var unrepaired = PlannerEngine.Plan(request, request.Season.Dates.Start, []);
        Assert.Contains(RotationPlannerProperties.GapViolations(unrepaired, request.Policy), v => v.StartsWith("d1: slots 8 and 11, bound 2", StringComparison.Ordinal));

        var plan = new RotationPlanner().Plan(request);

        Assert.Empty(RotationPlannerProperties.GapViolations(plan, request.Policy));
        Assert.True(plan.Quality.FairCoverage >= unrepaired.Quality.FairCoverage - 1e-12);
        var repaired = plan.Sessions.Where(s => s.Why.Pick == DistrictPick.GapRepair).ToList();
        Assert.NotEmpty(repaired);
        Assert.All(repaired, s => Assert.Contains("the plan before the repair left 1면 3 slots between its sessions at slots 8 and 11, past its longest-gap bound of 2", s.Why.Summary, StringComparison.Ordinal));
        var ninth = plan.Sessions.Single(s => s.Why.SlotIndex == 9);
        Assert.Equal(new DistrictCode("d1"), ninth.District);
        Assert.Contains("makes it due by slot 10", ninth.Why.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Replan_WhenTheLookAheadMissesAFeasibleBound_RepairsOnlyTheSlotsAfterTheHeldOnes()
    {
        var request = LookAheadCounterexample();
        var plan = new RotationPlanner().Plan(request);
        var from = new LocalDate(2025, 7, 22);
        var held = plan.Sessions.Where(s => s.Date < from).Select(s => new HeldSession(s.Date, s.Slot, s.Site, HeldSessionStatus.Held, s.Team.Select(m => m.Partner))).ToList();

        var replan = new RotationPlanner().Replan(request, held, from);

        Assert.Equal(held.Select(h => (h.Date, h.Site)), replan.Sessions.Where(s => s.Date < from).Select(s => (s.Date, s.Site)));
        Assert.Empty(RotationPlannerProperties.GapViolations(replan, request.Policy));
    }
}
