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
}
