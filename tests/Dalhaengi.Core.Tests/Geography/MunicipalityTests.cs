using Dalhaengi.Core.Geography;

namespace Dalhaengi.Core.Tests.Geography;

public sealed class MunicipalityTests
{
    private static readonly DistrictCode A = new("d-a");
    private static readonly DistrictCode B = new("d-b");

    private static District District(DistrictCode code, string ko = "갑면") => new(code, new(ko, "Gap-myeon"), DistrictKind.Myeon);

    private static Site Site(string id, DistrictCode district, SiteKind kind = SiteKind.VillageHall, int[]? fairDays = null) =>
        new(new SiteId(id), district, new("갑1리 마을회관", "Gap 1-ri village hall"), kind, fairDays: fairDays);

    private static DalhaengiValidationException Invalid(IEnumerable<District> districts, IEnumerable<Site> sites, IEnumerable<Borough>? boroughs = null) =>
        Assert.Throws<DalhaengiValidationException>(() =>
            new Municipality(new MunicipalityCode("99999"), new("시험군", "Test County"), RegionType.Rural, districts, sites, boroughs));

    [Fact]
    public void Constructor_WhenDistrictCodeRepeats_NamesTheDuplicate()
    {
        var ex = Invalid([District(A), District(A, "을면")], []);

        var problem = Assert.Single(ex.Problems);
        Assert.Equal("$.districts[1].code", problem.Path);
        Assert.Contains("d-a", problem.Message, StringComparison.Ordinal);
        Assert.Contains("을면", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_WhenSitePointsAtUnknownDistrict_NamesTheSite()
    {
        var ex = Invalid([District(A)], [Site("s1", A), Site("s2", B)]);

        var problem = Assert.Single(ex.Problems);
        Assert.Equal("$.sites[1].district", problem.Path);
        Assert.Contains("s2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_WhenSiteIdRepeats_IsRejected()
    {
        var ex = Invalid([District(A)], [Site("s1", A), Site("s1", A)]);

        Assert.Equal("$.sites[1].id", Assert.Single(ex.Problems).Path);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10)]
    public void Constructor_WhenFairDayOutsideZeroToNine_IsRejected(int digit)
    {
        var ex = Invalid([District(A)], [Site("m", A, SiteKind.TraditionalMarket, [3, digit])]);

        Assert.Equal("$.sites[0].fairDays[1]", Assert.Single(ex.Problems).Path);
    }

    [Fact]
    public void Constructor_WhenFairDaysOnAVillageHall_IsRejected()
    {
        var ex = Invalid([District(A)], [Site("s", A, SiteKind.VillageHall, [3])]);

        Assert.Equal("$.sites[0].fairDays", Assert.Single(ex.Problems).Path);
    }

    [Fact]
    public void Constructor_WhenNoDistrict_IsRejected() =>
        Assert.Equal("$.districts", Assert.Single(Invalid([], []).Problems).Path);

    [Fact]
    public void Constructor_WhenDistrictNamesUnknownBorough_IsRejected()
    {
        var d = new District(A, new("갑동", "Gap-dong"), DistrictKind.Dong, new BoroughCode("nowhere-gu"));

        Assert.Equal("$.districts[0].borough", Assert.Single(Invalid([d], []).Problems).Path);
    }

    [Fact]
    public void Constructor_ReportsEveryProblemAtOnce()
    {
        var ex = Invalid([District(A), District(A)], [Site("s", B), Site("s", A, SiteKind.TraditionalMarket, [12])]);

        Assert.Equal(4, ex.Problems.Count);
    }

    [Fact]
    public void BilingualName_WhenEmpty_Throws() =>
        Assert.Throws<ArgumentException>(() => new BilingualName(" ", "x"));

    [Theory]
    [InlineData("")]
    [InlineData("양평")]
    [InlineData("has space")]
    public void DistrictCode_WhenNotAnAsciiIdentifier_Throws(string value) =>
        Assert.Throws<ArgumentException>(() => new DistrictCode(value));

    [Theory]
    [InlineData(3, true)]
    [InlineData(13, true)]
    [InlineData(28, true)]
    [InlineData(4, false)]
    [InlineData(30, false)]
    public void IsFairDay_UsesTheLastDigit(int day, bool expected) =>
        Assert.Equal(expected, Site("m", A, SiteKind.TraditionalMarket, [3, 8]).IsFairDay(day));

    [Fact]
    public void SitesIn_ReturnsOnlyThatDistrictsSites()
    {
        var m = new Municipality(new MunicipalityCode("1"), new("시험군", "Test"), RegionType.Rural,
            [District(A), District(B, "을면")], [Site("a1", A), Site("b1", B), Site("a2", A)]);

        Assert.Equal(["a1", "a2"], m.SitesIn(A).Select(s => s.Id.Value));
        Assert.Empty(m.SitesIn(new DistrictCode("zzz")));
    }
}
