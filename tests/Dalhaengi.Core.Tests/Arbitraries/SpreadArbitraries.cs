using Dalhaengi.Core.Calendar;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Rotation;
using Dalhaengi.Core.Tests.Rotation;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Dalhaengi.Core.Tests.Arbitraries;

/// <summary>
/// Tiny planning problems for the longest-gap bound: 2 to 4 districts of one or two sites (markets among them, open
/// only on their fair days), a short season with random weekdays, holidays and one or two slots a day, a minimum gap
/// and a gap factor (from the list given), and a roster that never blocks a team. Only instances the exact search
/// proves feasible — some schedule gives every district exactly its fair share within the bound — are generated.
/// </summary>
public static class SpreadArbitraries
{
    private static readonly ServiceDefinition[] Services =
    [
        new(new ServiceCode("health"), new("건강검진", "Health check"), ServiceCategory.HealthCheck),
        new(new ServiceCode("welfare"), new("복지상담", "Welfare"), ServiceCategory.InsuranceAndBenefits),
        new(new ServiceCode("mind"), new("우울검사", "Depression"), ServiceCategory.MentalHealth),
    ];

    private static Gen<Site> Site(DistrictCode district, int index) =>
        from market in Gen.Elements(false, false, true)
        from digit in Gen.Choose(0, 4)
        select new Site(
            new SiteId($"{district}-s{index}"), district, new($"{index}리 {(market ? "시장" : "마을회관")}", $"Site {index}"),
            market ? SiteKind.TraditionalMarket : SiteKind.VillageHall, fairDays: market ? [digit, digit + 5] : null);

    private static Gen<RotationScenario> Candidates(double[] factors) =>
        from districtCount in Gen.Choose(2, 4)
        from populations in Gen.ArrayOf(Gen.Choose(1, 50_000), districtCount)
        from siteCounts in Gen.ArrayOf(Gen.Choose(1, 2), districtCount)
        from sites in Gen.CollectToArray(Enumerable.Range(0, districtCount), i => Gen.CollectToArray(Enumerable.Range(0, siteCounts[i]), k => Site(new DistrictCode($"d{i}"), k)))
        from startOffset in Gen.Choose(0, 330)
        from length in Gen.Choose(6, 34)
        from days in Gen.SubListOf(new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday })
        from perDay in Gen.Choose(1, 2)
        from holidayOffsets in Gen.ListOf(Gen.Choose(0, 34))
        from gap in Gen.Elements(0, 0, 2, 5)
        from factor in Gen.Elements(factors)
        from seed in Gen.Choose(0, int.MaxValue)
        let start = new LocalDate(2025, 1, 1).PlusDays(startOffset)
        let districts = Enumerable.Range(0, districtCount).Select(i => new District(new DistrictCode($"d{i}"), new($"{i}면", $"Township {i}"), DistrictKind.Myeon, population: populations[i])).ToList()
        let m = new Municipality(new MunicipalityCode("99003"), new("간격군", "Gap county"), RegionType.Rural, districts, sites.SelectMany(s => s))
        let roster = new PartnerRoster(Services, [new PartnerOrganization(new PartnerId("all"), new("통합팀", "Joint team"), PartnerSector.CountyDivision, Services.Select(s => s.Code), availability: new PartnerAvailability(teams: 50))])
        select new RotationScenario(
            m, roster, new DateInterval(start, start.PlusDays(length)), days.Count == 0 ? [IsoDayOfWeek.Wednesday] : [.. days], perDay,
            [.. holidayOffsets.Take(3).Distinct().Select(o => new Holiday(start.PlusDays(o), HolidayKind.Regular, new("공휴일", "Holiday")))], [], [],
            RotationPolicy.Default with { MinGapDays = gap, MaxGapFactor = factor, GuaranteeOneSessionPerDistrict = false, RequireLocalOffice = false }, [], seed);

    /// <summary>Tiny scenarios where the exact search found a schedule meeting every share within the bound.</summary>
    public static Gen<RotationScenario> FeasibleScenarios => Feasible([2.0, 2.0, 2.5, 3.0]);

    /// <summary>Feasible tiny scenarios at the given gap factors.</summary>
    public static Gen<RotationScenario> Feasible(double[] factors) =>
        Candidates(factors).Where(s => GapBoundSearch.For(s.Request()) is { Slots: > 1 and <= 18 } search && search.Feasible() == true);
}
