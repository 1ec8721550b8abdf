using Dalhaengi.Core.Geography;

namespace Dalhaengi.Core.Tests.Geography;

public sealed class BuiltInMunicipalitiesTests
{
    [Fact]
    public void Yangpyeong_HasTwelveTownshipsFourMarketsAndAbout265VillageSites()
    {
        var yp = BuiltInMunicipalities.Yangpyeong;

        Assert.Equal("양평군", yp.Name.Korean);
        Assert.Equal(RegionType.Rural, yp.RegionType);
        Assert.Equal(12, yp.Districts.Count);
        Assert.Equal(1, yp.Districts.Count(d => d.Kind == DistrictKind.Eup));
        Assert.Equal(4, yp.Sites.Count(s => s.Kind == SiteKind.TraditionalMarket));
        Assert.InRange(yp.Sites.Count(s => s.Kind != SiteKind.TraditionalMarket), 255, 275);
    }

    [Theory]
    [InlineData("양평물맑은시장", new[] { 3, 8 })]
    [InlineData("양수리전통시장", new[] { 1, 6 })]
    [InlineData("용문천년시장", new[] { 5, 0 })]
    public void Yangpyeong_MarketsHaveTheirFairDays(string market, int[] digits)
    {
        var site = BuiltInMunicipalities.Yangpyeong.Sites.Single(s => s.Name.Korean == market);

        Assert.Equal(digits, site.FairDays);
        Assert.False(site.IsSample);
    }

    [Theory]
    [InlineData("강상면", "대석2리")]
    [InlineData("양평읍", "도곡3리")]
    [InlineData("양서면", "청계2리")]
    [InlineData("개군면", "부1리")]
    [InlineData("단월면", "향소2리")]
    [InlineData("용문면", "광탄3리")]
    public void Yangpyeong_AttestedSessionSitesAreRealAndInTheirTownship(string township, string village)
    {
        var yp = BuiltInMunicipalities.Yangpyeong;
        var district = yp.FindDistrictByName(township)!;

        var site = Assert.Single(yp.SitesIn(district.Code), s => s.Village == village);
        Assert.False(site.IsSample);
    }

    [Fact]
    public void Yangpyeong_EveryInventedSiteIsMarkedSample()
    {
        var real = BuiltInMunicipalities.Yangpyeong.Sites.Where(s => !s.IsSample).ToList();

        Assert.Equal(10, real.Count); // 6 attested villages + 4 markets
        Assert.All(BuiltInMunicipalities.Yangpyeong.Sites.Where(s => s.IsSample),
            s => Assert.Contains("(synthetic)", s.Name.English, StringComparison.Ordinal));
    }

    [Fact]
    public void Hwaseong_HasFourBoroughsAnd29DistrictsOfWhich16AreDong()
    {
        var hs = BuiltInMunicipalities.Hwaseong;

        Assert.Equal(4, hs.Boroughs.Count);
        Assert.Equal(29, hs.Districts.Count);
        Assert.Equal(4, hs.Districts.Count(d => d.Kind == DistrictKind.Eup));
        Assert.Equal(9, hs.Districts.Count(d => d.Kind == DistrictKind.Myeon));
        Assert.Equal(16, hs.Districts.Count(d => d.Kind == DistrictKind.Dong));
        Assert.All(hs.Districts, d => Assert.NotNull(d.Borough));
        Assert.All(hs.Sites, s => Assert.True(s.IsSample));
        // risk.md §4: a 특례시 is not automatically a 대도시 for emergency support; the tier is data, never guessed.
        Assert.Equal(RegionType.Unconfirmed, hs.RegionType);
        Assert.All(hs.Districts, d => Assert.Equal(RegionType.Unconfirmed, hs.RegionTypeOf(d.Code)));
    }

    [Theory]
    [InlineData("yangpyeong", "양평군")]
    [InlineData("HWASEONG", "화성시")]
    public void Get_ByName_ReturnsTheMunicipality(string name, string korean) =>
        Assert.Equal(korean, BuiltInMunicipalities.Get(name).Name.Korean);

    [Fact]
    public void Get_WhenUnknown_ListsTheKnownNames()
    {
        var ex = Assert.Throws<ArgumentException>(() => BuiltInMunicipalities.Get("chuncheon"));

        Assert.Contains("yangpyeong", ex.Message, StringComparison.Ordinal);
    }
}
