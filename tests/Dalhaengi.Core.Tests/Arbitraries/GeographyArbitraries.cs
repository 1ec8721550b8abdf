using Dalhaengi.Core.Geography;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Dalhaengi.Core.Tests.Arbitraries;

/// <summary>Generators of valid municipalities, shared by the geography properties.</summary>
public static class GeographyArbitraries
{
    private static readonly string[] KoreanStems = ["양근", "대석", "도곡", "청계", "향소", "광탄", "부", "가현", "동탄", "병점"];

    public static Gen<BilingualName> Names =>
        from stem in Gen.Elements(KoreanStems)
        from n in Gen.Choose(1, 9)
        select new BilingualName($"{stem}{n}리", $"Village {n}");

    public static Gen<Municipality> Municipalities =>
        from districtCount in Gen.Choose(1, 6)
        from boroughCount in Gen.Choose(0, 2)
        from kinds in Gen.ArrayOf(Gen.Elements(DistrictKind.Eup, DistrictKind.Myeon, DistrictKind.Dong), districtCount)
        from populations in Gen.ArrayOf(Gen.Choose(-1, 90_000), districtCount)
        from names in Gen.ArrayOf(Names, districtCount)
        from siteSpecs in Gen.ListOf(SiteSpecs(districtCount))
        from region in Gen.Elements(RegionType.LargeCity, RegionType.MediumSmallCity, RegionType.Rural, RegionType.Unconfirmed)
        select Build(districtCount, boroughCount, kinds, populations, names, siteSpecs, region);

    public static Arbitrary<Municipality> Municipality() => Municipalities.ToArbitrary();

    private static Gen<(int District, SiteKind Kind, BilingualName Name, int? Households, int[] FairDays, bool Sample)> SiteSpecs(int districtCount) =>
        from district in Gen.Choose(0, districtCount - 1)
        from kind in Gen.Elements(Enum.GetValues<SiteKind>())
        from name in Names
        from households in Gen.Choose(-1, 500)
        from fair in Gen.Elements(Array.Empty<int>(), [3, 8], [1, 6], [5, 0])
        from sample in Gen.Elements(true, false)
        select (district, kind, name, households < 0 ? (int?)null : households, kind == SiteKind.TraditionalMarket ? fair : [], sample);

    private static Municipality Build(
        int districtCount,
        int boroughCount,
        DistrictKind[] kinds,
        int[] populations,
        BilingualName[] names,
        IReadOnlyList<(int District, SiteKind Kind, BilingualName Name, int? Households, int[] FairDays, bool Sample)> sites,
        RegionType region)
    {
        var boroughs = Enumerable.Range(0, boroughCount).Select(i => new Borough(new BoroughCode($"gu-{i}"), new($"{i}구", $"Gu {i}"))).ToList();
        var districts = Enumerable.Range(0, districtCount).Select(i => new District(
            new DistrictCode($"d{i}"),
            names[i],
            kinds[i],
            boroughCount == 0 ? null : boroughs[i % boroughCount].Code,
            populations[i] < 0 ? null : populations[i],
            populations[i] < 0 ? null : new LocalDate(2021, 10, 31),
            populations[i] < 0 ? null : populations[i] / 2).WithRegionType(kinds[i] == DistrictKind.Dong ? null : RegionType.Rural)).ToList();
        var siteList = sites.Select((s, i) => new Site(
            new SiteId($"s{i}"), districts[s.District].Code, s.Name, s.Kind,
            s.Kind == SiteKind.TraditionalMarket ? null : s.Name.Korean, s.Households, s.Households / 3, s.FairDays, s.Sample)).ToList();
        return new Municipality(new MunicipalityCode("99999"), new("시험시", "Test City"), region, districts, siteList, boroughs);
    }
}
