using Dalhaengi.Core.Calendar;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Rotation;
using NodaTime;

namespace Dalhaengi.Core.Tests.Rotation;

public sealed class RotationPlannerReplanTests
{
    private static readonly DateInterval Season2025 = new(new LocalDate(2025, 3, 5), new LocalDate(2025, 12, 17));
    private static readonly DistrictCode Yangpyeongeup = BuiltInMunicipalities.Yangpyeong.FindDistrictByName("양평읍")!.Code;
    private static readonly LocalDate From = new(2025, 6, 4);

    private static RotationRequest Request() =>
        new(BuiltInMunicipalities.Yangpyeong, new Season(Season2025, [IsoDayOfWeek.Wednesday], KoreanHolidayCalendar.Default),
            BuiltInPartnerRosters.Yangpyeong, risk: [new DistrictRisk(Yangpyeongeup, 20)]);

    // The original plan's sessions before From, with the last one moved to 양평읍 (held) or with every 양평읍 session
    // of the 30 days before From cancelled.
    private static List<HeldSession> Held(RotationPlan original, bool lastAtYangpyeongeup)
    {
        var past = original.Sessions.Where(s => s.Date < From).ToList();
        var site = BuiltInMunicipalities.Yangpyeong.SitesIn(Yangpyeongeup)[0].Id;
        return [.. past.Select((s, i) =>
        {
            if (lastAtYangpyeongeup && i == past.Count - 1)
            {
                return new HeldSession(s.Date, s.Slot, site, HeldSessionStatus.Held);
            }

            var recent = s.District == Yangpyeongeup && s.Date > From.PlusDays(-30);
            return new HeldSession(s.Date, s.Slot, s.Site, !lastAtYangpyeongeup && recent ? HeldSessionStatus.Cancelled : HeldSessionStatus.Held, s.Team.Select(m => m.Partner));
        })];
    }

    [Fact]
    public void Replan_AfterAHeldSessionInAHighRiskDistrict_DoesNotBringItForwardAgain()
    {
        // The reproduction from issue 15: a session held at 양평읍 a week before the re-plan used to send the next
        // free week to 양평읍 again, with the reason "no session yet within 30 days … 14 days since its last session".
        var planner = new RotationPlanner();
        var request = Request();

        var replan = planner.Replan(request, Held(planner.Plan(request), lastAtYangpyeongeup: true), From);

        var planned = replan.Sessions.Where(s => s.Date >= From).ToList();
        Assert.DoesNotContain(planned, s => s.Why.Pick == DistrictPick.HighRiskResponse);
        var next = planned.First(s => s.District == Yangpyeongeup);
        Assert.True(next.Why.DaysSinceDistrictLast > 14, $"양평읍 again after {next.Why.DaysSinceDistrictLast} days: {next.Why.Summary}");
        Assert.Equal(1.0, replan.Quality.HighRiskCoverage);
    }

    [Fact]
    public void Replan_WhenAHighRiskDistrictHadNoSessionWithinTheWindow_BringsItForward()
    {
        var planner = new RotationPlanner();
        var request = Request();

        var replan = planner.Replan(request, Held(planner.Plan(request), lastAtYangpyeongeup: false), From);

        // It is behind its pace after the cancellations, so its pace may bring it even earlier than the window does.
        var next = replan.Sessions.First(s => s.Date >= From && s.District == Yangpyeongeup);
        Assert.Contains(next.Why.Pick, new[] { DistrictPick.HighRiskResponse, DistrictPick.FairShare });
        Assert.True(next.Date < From.PlusDays(30), next.Date.ToString());
        Assert.Equal(1.0, replan.Quality.HighRiskCoverage);
    }

    [Fact]
    public void Plan_WhenTheResponseWindowIsTooShortForEveryRiskyDistrict_BringsForwardOnlyTheRiskiestAndKeepsTheirSpacing()
    {
        // 12 risky districts, a 30-day window of 5 Wednesdays: only the five riskiest are brought forward; the rest
        // follow their pace, so the riskiest district's second session is not pushed behind everyone's first.
        var districts = BuiltInMunicipalities.Yangpyeong.Districts.OrderBy(d => d.Code.Value, StringComparer.Ordinal).ToList();
        var risk = districts.Select((d, i) => new DistrictRisk(d.Code, i == 0 ? 400 : 1 + i)).ToList();
        var request = new RotationRequest(BuiltInMunicipalities.Yangpyeong, new Season(Season2025, [IsoDayOfWeek.Wednesday], KoreanHolidayCalendar.Default),
            BuiltInPartnerRosters.Yangpyeong, RotationPolicy.Default with { Weight = DistrictWeight.HighRiskHouseholds }, risk);

        var plan = new RotationPlanner().Plan(request);

        Assert.InRange(plan.Sessions.Count(s => s.Why.Pick == DistrictPick.HighRiskResponse), 1, 5);
        var riskiest = plan.Quality.Districts.Single(d => d.District == districts[0].Code);
        Assert.True(riskiest.LongestGapDays <= 2 * riskiest.FairIntervalDays, $"longest gap {riskiest.LongestGapDays} days, fair interval {riskiest.FairIntervalDays:0.0}");
    }

    [Fact]
    public void Plan_WhenADistrictMissesItsShare_SaysWhetherItWasInfeasibleOrGivenAway()
    {
        // A district whose only site is a market with no fair day in the season cannot be visited: share-infeasible.
        var districts = new[]
        {
            new District(new DistrictCode("a"), new("가면", "A"), DistrictKind.Myeon, population: 1000),
            new District(new DistrictCode("b"), new("나면", "B"), DistrictKind.Myeon, population: 1000),
        };
        var sites = new[]
        {
            new Site(new SiteId("a-hall"), districts[0].Code, new("회관", "Hall"), SiteKind.VillageHall),
            new Site(new SiteId("b-market"), districts[1].Code, new("오일장", "Market"), SiteKind.TraditionalMarket, fairDays: [3, 8]),
        };
        var m = new Municipality(new MunicipalityCode("99003"), new("시험군", "Test county"), RegionType.Rural, districts, sites);
        // Wednesdays whose day of month never ends in 3 or 8: 2025-03-05 … 2025-03-26 are 5, 12, 19, 26.
        var season = new Season(new DateInterval(new LocalDate(2025, 3, 5), new LocalDate(2025, 3, 27)), [IsoDayOfWeek.Wednesday], TestDoubles.FixedHolidayCalendar.SundaysOnly);
        var policy = RotationPolicy.Default with { RequireLocalOffice = false };

        var plan = new RotationPlanner().Plan(new RotationRequest(m, season, RotationPlannerTests.OnePartnerDoesAll(), policy));

        var warning = Assert.Single(plan.Warnings, w => w.Code.StartsWith("share-", StringComparison.Ordinal));
        Assert.Equal("share-infeasible", warning.Code);
        Assert.Contains("나면", warning.Message, StringComparison.Ordinal);
    }
}
