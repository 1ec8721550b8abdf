using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Risk;

namespace Dalhaengi.Core.Tests.Partners;

/// <summary>
/// A risk assessment's needs are the indicator codes of the signals behind it; the built-in rosters must route every
/// national indicator to a partner, in every district, or a screened household would find nobody to refer to.
/// </summary>
public sealed class NeedVocabularyTests
{
    public static TheoryData<string> IndicatorCodes() => [.. IndicatorCatalog.National.Indicators.Select(i => i.Code.Value)];

    [Theory]
    [MemberData(nameof(IndicatorCodes))]
    public void Propose_ForEveryNationalIndicator_FindsAPartnerInEveryYangpyeongDistrict(string indicator)
    {
        var router = new ReferralRouter(BuiltInPartnerRosters.Yangpyeong, BuiltInMunicipalities.Yangpyeong);

        Assert.All(BuiltInMunicipalities.Yangpyeong.Districts, d => Assert.NotEmpty(router.Propose(new ReferralRequest([indicator], d.Code))));
    }

    [Theory]
    [MemberData(nameof(IndicatorCodes))]
    public void Propose_ForEveryNationalIndicator_FindsAPartnerInHwaseong(string indicator)
    {
        var router = new ReferralRouter(BuiltInPartnerRosters.Hwaseong, BuiltInMunicipalities.Hwaseong);

        Assert.NotEmpty(router.Propose(new ReferralRequest([indicator], BuiltInMunicipalities.Hwaseong.Districts[0].Code)));
    }

    [Theory]
    [InlineData("screening.bp.systolic", "yp-health-promotion")]
    [InlineData("suicide.high-risk", "yp-mental-health-centre")]
    [InlineData("observation.no-heating", "yp-self-sufficiency-centre")]
    [InlineData("observation.skipped-meals", "yp-community-welfare-centre")]
    [InlineData("utility.electricity.cutoff", "yp-office-danwol")]
    public void Propose_ForAnIndicatorCode_PutsTheMatchingPartnerFirst(string indicator, string partner)
    {
        var router = new ReferralRouter(BuiltInPartnerRosters.Yangpyeong, BuiltInMunicipalities.Yangpyeong);
        var danwol = BuiltInMunicipalities.Yangpyeong.FindDistrictByName("단월면")!.Code;

        Assert.Equal(partner, router.Propose(new ReferralRequest([indicator], danwol))[0].Partner.Value);
    }
}
