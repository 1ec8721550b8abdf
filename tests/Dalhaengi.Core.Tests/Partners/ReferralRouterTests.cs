using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Rotation;
using Dalhaengi.Core.Tests.TestDoubles;
using NodaTime;

namespace Dalhaengi.Core.Tests.Partners;

public sealed class ReferralRouterTests
{
    private static readonly Municipality Yangpyeong = BuiltInMunicipalities.Yangpyeong;
    private static readonly DistrictCode Danwol = Yangpyeong.FindDistrictByName("단월면")!.Code;

    private static RotationPlan Plan() => new RotationPlanner().Plan(new RotationRequest(
        Yangpyeong,
        new Season(new DateInterval(new LocalDate(2025, 3, 5), new LocalDate(2025, 12, 17)), [IsoDayOfWeek.Wednesday], FixedHolidayCalendar.SundaysOnly),
        BuiltInPartnerRosters.Yangpyeong));

    [Fact]
    public void Propose_ForAPhq9Finding_PutsTheMentalHealthCentreFirst()
    {
        var router = new ReferralRouter(BuiltInPartnerRosters.Yangpyeong, Yangpyeong);

        var proposals = router.Propose(new ReferralRequest(["screening.phq9.item9"], Danwol));

        Assert.Equal("yp-mental-health-centre", proposals[0].Partner.Value);
        Assert.Equal([new ServiceCode("mental.depression-screening")], proposals[0].Services);
    }

    [Fact]
    public void Propose_ForArrears_ProposesTheHouseholdsOwnTownshipOfficeBeforeOthersOfEqualMatch()
    {
        var router = new ReferralRouter(BuiltInPartnerRosters.Yangpyeong, Yangpyeong);

        var proposals = router.Propose(new ReferralRequest(["arrears.gas"], Danwol));

        Assert.Equal("yp-office-danwol", proposals[0].Partner.Value);
        Assert.DoesNotContain(proposals, p => p.Partner.Value == "yp-office-cheongun");
        Assert.Contains(proposals, p => p.Partner.Value == "yp-mudeung-care");
    }

    [Fact]
    public void Propose_WithAPlan_GivesTheNextSessionInTheHouseholdsDistrictWhenThereIsOne()
    {
        var plan = Plan();
        var asOf = new LocalDate(2025, 6, 1);
        var router = new ReferralRouter(BuiltInPartnerRosters.Yangpyeong, Yangpyeong);

        var dementia = router.Propose(new ReferralRequest(["screening.cognitive"], Danwol), plan, asOf).First(p => p.Partner.Value == "yp-dementia-centre");

        var expected = plan.Sessions.First(s => s.Date >= asOf && s.District == Danwol);
        Assert.Equal(expected.Id, dementia.NextSession!.Id);
        Assert.Equal(ReferralProximity.SameDistrict, dementia.Proximity);
    }

    [Fact]
    public void Propose_WhenNoPartnerServesTheNeed_ReturnsNothing()
    {
        var router = new ReferralRouter(PartnerRoster.Empty, Yangpyeong);

        Assert.Empty(router.Propose(new ReferralRequest(["screening.phq9.item9"], Danwol)));
    }

    [Theory]
    [InlineData("phq9.total", "screening.phq9.total")]
    [InlineData("screening.phq9.totl", "screening.phq9.total")]
    public void ReferralRequest_WithAMisspeltIndicatorCode_ThrowsNamingTheNearestCode(string need, string meant)
    {
        var ex = Assert.Throws<ArgumentException>(() => new ReferralRequest([need], Danwol));

        Assert.Contains($"did you mean '{meant}'?", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReferralRequest_WithANeedOutsideTheCatalog_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ReferralRequest(["astrology"], Danwol));
    }

    [Theory]
    [InlineData("mental.phq9", "mental", true)]
    [InlineData("mental", "mental", true)]
    [InlineData("mentalx", "mental", false)]
    [InlineData("arrears", "arrears.gas", false)]
    public void Matches_RespectsSegmentBoundaries(string need, string prefix, bool expected) =>
        Assert.Equal(expected, ReferralRouter.Matches(need, prefix));
}
