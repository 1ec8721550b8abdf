using Dalhaengi.Core.Calendar;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Rotation;
using Dalhaengi.Core.Tests.TestDoubles;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Dalhaengi.Core.Tests.Arbitraries;

/// <summary>A random planning problem with the raw lists kept, so a test can rebuild it shuffled.</summary>
public sealed record RotationScenario(
    Municipality Municipality,
    PartnerRoster Roster,
    DateInterval Dates,
    IsoDayOfWeek[] Weekdays,
    int SessionsPerDay,
    Holiday[] Holidays,
    SeasonBlackout[] Blackouts,
    Holiday[] Closures,
    RotationPolicy Policy,
    DistrictRisk[] Risk,
    int ShuffleSeed)
{
    public RotationRequest Request(bool shuffled = false)
    {
        var random = new Random(ShuffleSeed);
        IEnumerable<T> Mix<T>(IEnumerable<T> items) => shuffled ? items.OrderBy(_ => random.Next()).ToList() : items;
        var m = shuffled
            ? new Municipality(Municipality.Code, Municipality.Name, Municipality.RegionType, Mix(Municipality.Districts), Mix(Municipality.Sites), Mix(Municipality.Boroughs))
            : Municipality;
        var roster = shuffled ? new PartnerRoster(Mix(Roster.Services), Mix(Roster.Partners)) : Roster;
        var season = new Season(Dates, Mix(Weekdays), new FixedHolidayCalendar(Mix(Holidays)), SessionsPerDay, Mix(Blackouts), Mix(Closures));
        return new RotationRequest(m, season, roster, Policy, Mix(Risk));
    }

    public override string ToString() =>
        $"{Municipality.Districts.Count} districts, {Municipality.Sites.Count} sites, {Roster}, {Dates}, [{string.Join(',', Weekdays)}] x{SessionsPerDay}, policy gap {Policy.MinGapDays}";
}

public static class RotationArbitraries
{
    private static readonly ServiceDefinition[] Services =
    [
        new(new ServiceCode("health"), new("건강검진", "Health check"), ServiceCategory.HealthCheck),
        new(new ServiceCode("welfare"), new("복지상담", "Welfare"), ServiceCategory.InsuranceAndBenefits),
        new(new ServiceCode("mind"), new("우울검사", "Depression"), ServiceCategory.MentalHealth),
        new(new ServiceCode("memory"), new("인지검사", "Cognitive"), ServiceCategory.Dementia),
        new(new ServiceCode("beauty"), new("이미용", "Beauty"), ServiceCategory.LeisureAndBeauty),
    ];

    private static Gen<IsoDayOfWeek[]> Weekdays =>
        from days in Gen.SubListOf(Enumerable.Range(1, 7).Select(d => (IsoDayOfWeek)d).ToArray())
        from fallback in Gen.Elements(IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Friday)
        select days.Count == 0 ? new[] { fallback } : days.ToArray();

    private static Gen<PartnerOrganization> Partner(int index, IReadOnlyList<District> districts) =>
        from presence in Gen.Elements(PartnerPresence.Rotating, PartnerPresence.Rotating, PartnerPresence.Rotating, PartnerPresence.AlwaysPresent, PartnerPresence.Local)
        from services in Gen.SubListOf(Services.Select(s => s.Code).ToArray())
        from weekdays in Gen.Elements(Array.Empty<IsoDayOfWeek>(), [IsoDayOfWeek.Wednesday], [IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Friday])
        from cap in Gen.Choose(-3, 12)
        from monthCap in Gen.Choose(-3, 3)
        from teams in Gen.Choose(1, 3)
        from served in Gen.SubListOf(districts.Select(d => d.Code).ToArray())
        from allDistricts in Gen.Elements(true, true, false)
        select new PartnerOrganization(
            new PartnerId($"p{index}"), new($"기관{index}", $"Partner {index}"),
            presence == PartnerPresence.Local ? PartnerSector.TownshipOffice : PartnerSector.CountyDivision,
            services, 1, presence,
            new PartnerAvailability(weekdays, null, cap < 0 ? null : cap, monthCap < 1 ? null : monthCap, teams),
            allDistricts ? null : served);

    private static Gen<PartnerRoster> Rosters(IReadOnlyList<District> districts) =>
        from count in Gen.Choose(0, 7)
        from partners in Gen.CollectToArray(Enumerable.Range(0, count), i => Partner(i, districts))
        select new PartnerRoster(Services, partners);

    private static Gen<(DateInterval Dates, Holiday[] Holidays, SeasonBlackout[] Blackouts, Holiday[] Closures)> Calendars =>
        from startOffset in Gen.Choose(0, 300)
        from length in Gen.Choose(7, 220)
        from holidayOffsets in Gen.ListOf(Gen.Choose(0, 220))
        from blackoutStarts in Gen.ListOf(Gen.Choose(0, 220))
        from blackoutLength in Gen.Choose(0, 20)
        from closureOffsets in Gen.ListOf(Gen.Choose(0, 220))
        let start = new LocalDate(2025, 1, 1).PlusDays(startOffset)
        select (
            new DateInterval(start, start.PlusDays(length)),
            holidayOffsets.Distinct().Select(o => new Holiday(start.PlusDays(o), HolidayKind.Regular, new("공휴일", "Holiday"))).ToArray(),
            blackoutStarts.Take(2).Select(o => new SeasonBlackout(new DateInterval(start.PlusDays(o), start.PlusDays(o + blackoutLength)), "휴식 (break)")).ToArray(),
            closureOffsets.Take(2).Distinct().Select(o => new Holiday(start.PlusDays(o), HolidayKind.Local, new("군 휴무", "County closure"))).ToArray());

    private static Gen<RotationPolicy> Policies =>
        from gap in Gen.Elements(0, 7, 14)
        from local in Gen.Elements(true, false)
        from optional in Gen.Elements(true, false)
        from guarantee in Gen.Elements(true, false)
        from weight in Gen.Elements(Enum.GetValues<DistrictWeight>())
        select RotationPolicy.Default with { MinGapDays = gap, RequireLocalOffice = local, IncludeOptionalPartners = optional, GuaranteeOneSessionPerDistrict = guarantee, Weight = weight };

    public static Gen<RotationScenario> Scenarios =>
        from m in GeographyArbitraries.Municipalities
        from roster in Rosters(m.Districts)
        from cal in Calendars
        from weekdays in Weekdays
        from perDay in Gen.Choose(1, 3)
        from policy in Policies
        from risk in Gen.ArrayOf(Gen.Choose(0, 10), m.Districts.Count)
        from seed in Gen.Choose(0, int.MaxValue)
        select new RotationScenario(m, roster, cal.Dates, weekdays, perDay, cal.Holidays, cal.Blackouts, cal.Closures, policy,
            m.Districts.Select((d, i) => new DistrictRisk(d.Code, risk[i])).ToArray(), seed);

    /// <summary>Scenarios where nothing but the calendar constrains the plan, so every fair share is reachable.</summary>
    public static Gen<RotationScenario> UnconstrainedScenarios =>
        from districtCount in Gen.Choose(1, 8)
        from populations in Gen.ArrayOf(Gen.Choose(-1, 50_000), districtCount)
        from cal in Calendars
        from weekdays in Weekdays
        from perDay in Gen.Choose(1, 3)
        from seed in Gen.Choose(0, int.MaxValue)
        let districts = Enumerable.Range(0, districtCount).Select(i => new District(new DistrictCode($"d{i}"), new($"{i}면", $"Township {i}"), DistrictKind.Myeon, population: populations[i] < 0 ? null : populations[i])).ToList()
        let sites = districts.SelectMany(d => Enumerable.Range(0, perDay).Select(k => new Site(new SiteId($"{d.Code}-s{k}"), d.Code, new($"{k}리 마을회관", $"Hall {k}"), SiteKind.VillageHall))).ToList()
        let m = new Municipality(new MunicipalityCode("99002"), new("시험군", "Test county"), RegionType.Rural, districts, sites)
        let roster = new PartnerRoster(Services, [new PartnerOrganization(new PartnerId("all"), new("통합팀", "Joint team"), PartnerSector.CountyDivision, Services.Select(s => s.Code), availability: new PartnerAvailability(teams: 50))])
        select new RotationScenario(m, roster, cal.Dates, weekdays, perDay, cal.Holidays, cal.Blackouts, cal.Closures,
            RotationPolicy.Default with { MinGapDays = 0, GuaranteeOneSessionPerDistrict = false }, [], seed);
}
