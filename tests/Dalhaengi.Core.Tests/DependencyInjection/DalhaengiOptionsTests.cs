using Dalhaengi.Core.Calendar;
using Dalhaengi.Core.Cities;
using Dalhaengi.Core.DependencyInjection;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Outreach;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Risk;
using Dalhaengi.Core.Rotation;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Dalhaengi.Core.Tests.DependencyInjection;

/// <summary>A city that is not built in either configures everything or fails at registration, and then runs the whole program.</summary>
public sealed class DalhaengiOptionsTests
{
    private static CityFolder Chuncheon => CityFolder.Load(Cities.CityFolderTests.ChuncheonDir);

    [Fact]
    public void AddDalhaengi_WithAMunicipalityThatIsNotBuiltInAndNoRoster_ThrowsAtRegistration()
    {
        var municipality = Chuncheon.Municipality;

        var ex = Assert.Throws<DalhaengiValidationException>(() => new ServiceCollection().AddDalhaengi(o => o.Municipality = municipality));

        Assert.Equal("Roster", Assert.Single(ex.Problems).Path);
    }

    [Fact]
    public void AddDalhaengi_WithARosterOfAnotherMunicipality_ListsEveryDistrictWithoutALocalOffice()
    {
        var city = Chuncheon;

        var ex = Assert.Throws<DalhaengiValidationException>(() => new ServiceCollection().AddDalhaengi(o =>
        {
            o.Municipality = city.Municipality;
            o.Roster = BuiltInPartnerRosters.Yangpyeong;
        }));

        Assert.Equal(25, ex.Problems.Count(p => p.Path == "Roster" && p.Message.Contains("no local office", StringComparison.Ordinal)));
        Assert.Contains(ex.Problems, p => p.Path.StartsWith("Roster.partners['yp-office-", StringComparison.Ordinal) && p.Path.EndsWith(".districts[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void AddDalhaengi_WhenTheHostRegisteredARosterFirst_ChecksAndKeepsIt()
    {
        var city = Chuncheon;
        using var provider = new ServiceCollection().AddSingleton(city.Roster).AddDalhaengi(o => o.Municipality = city.Municipality).BuildServiceProvider();

        Assert.Same(city.Roster, provider.GetRequiredService<PartnerRoster>());
    }

    [Fact]
    public void AddDalhaengi_WithACityFolder_RegistersItsRulesCalendarAndRoster()
    {
        var city = Chuncheon;
        using var provider = new ServiceCollection().AddDalhaengi(o => o.UseCity(city)).BuildServiceProvider();

        Assert.Same(city.Municipality, provider.GetRequiredService<Municipality>());
        Assert.Same(city.Roster, provider.GetRequiredService<PartnerRoster>());
        Assert.Equal("chuncheon.outreach", provider.GetRequiredService<RiskEvaluator>().RuleSet.Id);
        Assert.True(provider.GetRequiredService<IHolidayCalendar>().IsHoliday(new LocalDate(2026, 10, 15)));
    }

    [Fact]
    public void AddDalhaengi_ByDefault_StaysYangpyeongWithItsRoster()
    {
        using var provider = new ServiceCollection().AddDalhaengi().BuildServiceProvider();

        Assert.Same(BuiltInPartnerRosters.Yangpyeong, provider.GetRequiredService<PartnerRoster>());
        Assert.Same(BuiltInRuleSets.NationalOutreach, provider.GetRequiredService<RiskEvaluator>().RuleSet);
    }

    [Fact]
    public async Task AddDalhaengi_WithTheChuncheonFolder_PlansScreensRefersAndReports()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 3, 1, 0, 0));
        using var provider = new ServiceCollection().AddSingleton<IClock>(clock)
            .AddDalhaengi(o => o.UseCity(CityFolder.Load(Cities.CityFolderTests.ChuncheonDir))).BuildServiceProvider();
        var municipality = provider.GetRequiredService<Municipality>();
        var roster = provider.GetRequiredService<PartnerRoster>();
        var season = new Season(new DateInterval(new LocalDate(2026, 3, 4), new LocalDate(2026, 12, 16)), [IsoDayOfWeek.Wednesday],
            provider.GetRequiredService<IHolidayCalendar>());

        // Plan: every session has the visited district's own office, and the local closure is skipped.
        var plan = provider.GetRequiredService<RotationPlanner>().Plan(new RotationRequest(municipality, season, roster));
        Assert.True(plan.Sessions.Count >= 25);
        Assert.DoesNotContain(plan.Sessions, s => s.Date == new LocalDate(2026, 4, 15));
        Assert.All(plan.Sessions, s => Assert.Contains(s.Team, m => roster.GetPartner(m.Partner).Presence == PartnerPresence.Local && roster.GetPartner(m.Partner).Serves(s.District)));

        // Screen: a synthetic population of the city, with its own rules.
        var evaluator = provider.GetRequiredService<RiskEvaluator>();
        var asOf = new LocalDate(2026, 3, 1);
        var households = SyntheticPopulation.Generate(asOf, seed: 7, households: 3000, municipality: municipality).ToList();
        var assessment = households.Select(h => evaluator.Explain(h, asOf)).OrderByDescending(a => a.Score).First();
        Assert.NotEqual("low", assessment.Tier.Id);

        // Refer: the household's needs are the signals behind its assessment; the router finds a partner of the city.
        var household = households.Single(h => h.Id == assessment.Household);
        var signals = assessment.Contributions.SelectMany(c => c.Signals).Concat(assessment.RedFlags.SelectMany(f => f.Signals)).Distinct()
            .Select(s => new ObservedSignal(s.Indicator.Value, (decimal)s.Value, s.ObservedOn)).ToList();
        var session = plan.Sessions.First(s => s.District == household.District || s == plan.Sessions[^1]);
        var finding = new Finding(new FindingId("fnd-1"), household.Id, household.District, session.Date, signals, Period.FromDays(assessment.Tier.ResponseDays));
        var proposal = provider.GetRequiredService<ReferralRouter>().Propose(new ReferralRequest(signals.Select(s => s.IndicatorCode), household.District), plan)[0];
        Assert.NotNull(roster.FindPartner(proposal.Partner));
        clock.Reset(session.Date.At(new LocalTime(17, 0)).InUtc().ToInstant());
        var referral = Referral.Open(new ReferralId("ref-1"), ReferralSubject.ForFinding(finding, ConsentRecord.Verbal(session.Date)), proposal.Partner, "staff", clock);
        var referrals = provider.GetRequiredService<IReferralRepository>();
        await referrals.AddAsync(referral);

        // Report: the season's figures count the referral.
        var record = SessionRecord.Record(new SessionRecordId("rec-1"), new SessionDetails
        {
            Date = session.Date, Site = session.Site, District = session.District, PlannedSession = session.Id,
            PartnersPresent = [.. session.Team.Select(m => m.Partner)], ResidentsServed = 120, Households = [household.Id],
        }, "staff", clock);
        var report = SeasonReport.Compute(season.Dates, [record], [referral], []);
        Assert.Equal(1, report.Total.Referrals);
        Assert.Equal(120, report.Total.ResidentsServed);
        Assert.Contains(municipality.GetDistrict(session.District).Name.Korean, report.ToMarkdown(municipality), StringComparison.Ordinal);
        Assert.Single(await referrals.ListAsync());
    }
}
