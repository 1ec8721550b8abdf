using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;

namespace Dalhaengi.Core.Tests.Partners;

public sealed class BuiltInPartnerRostersTests
{
    [Fact]
    public void Yangpyeong_HasOneTownshipOfficePerDistrictAndTheLeadAlwaysPresent()
    {
        var roster = BuiltInPartnerRosters.Yangpyeong;
        var offices = roster.Partners.Where(p => p.Presence == PartnerPresence.Local).ToList();

        Assert.Equal(BuiltInMunicipalities.Yangpyeong.Districts.Select(d => d.Code.Value).Order(StringComparer.Ordinal), offices.SelectMany(o => o.Districts).Select(d => d.Value).Order(StringComparer.Ordinal));
        Assert.Equal("yp-welfare-policy", Assert.Single(roster.Partners, p => p.Presence == PartnerPresence.AlwaysPresent).Id.Value);
        Assert.Equal(14, roster.Partners.Count(p => p.Sector != PartnerSector.TownshipOffice && !p.IsSample));
        Assert.All(roster.Partners.Where(p => p.Sector == PartnerSector.VolunteerGroup && p.Id.Value != "yp-volunteer-centre"), p => Assert.True(p.IsSample));
    }

    [Fact]
    public void Hwaseong_IsAllSampleData()
    {
        Assert.All(BuiltInPartnerRosters.Hwaseong.Partners, p => Assert.True(p.IsSample));
    }

    [Fact]
    public void For_ReturnsTheMatchingRosterOrNull()
    {
        Assert.Same(BuiltInPartnerRosters.Yangpyeong, BuiltInPartnerRosters.For(BuiltInMunicipalities.Yangpyeong));
        Assert.Same(BuiltInPartnerRosters.Hwaseong, BuiltInPartnerRosters.For(BuiltInMunicipalities.Hwaseong));
    }
}
