using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Outreach;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Risk;
using Dalhaengi.Core.Rotation;
using Dalhaengi.Core.Calendar;
using NodaTime;
using NodaTime.Testing;

namespace Dalhaengi.Core.Tests.Pipeline;

/// <summary>Screening → finding → referral, and plan → session record → re-plan, with no mapping written by hand.</summary>
public sealed class OnePipelineTests
{
    private static readonly LocalDate AsOf = new(2025, 3, 1);

    private static (Household Household, RiskAssessment Assessment) MostUrgent()
    {
        var evaluator = RiskEvaluator.Compile(BuiltInRuleSets.NationalOutreach);
        return SyntheticPopulation.Generate(AsOf, seed: 3, households: 3000)
            .Select(h => (h, evaluator.Explain(h, AsOf)))
            .OrderByDescending(x => x.Item2.Score).First();
    }

    [Fact]
    public void FindingFrom_AnAssessment_CarriesItsSignalsAndTheTiersDeadline()
    {
        var (household, assessment) = MostUrgent();

        var finding = Finding.From(new FindingId("fnd-1"), assessment, household.District, AsOf.PlusDays(3));

        var used = assessment.Contributions.SelectMany(c => c.Signals).Concat(assessment.RedFlags.SelectMany(f => f.Signals)).Select(s => s.Indicator.Value).ToHashSet();
        Assert.Equal(used, finding.Signals.Select(s => s.IndicatorCode).ToHashSet());
        Assert.Equal(AsOf.PlusDays(3 + assessment.Tier.ResponseDays), finding.DueDate);
        Assert.Equal(assessment.Household, finding.Household);
    }

    [Fact]
    public void ToReferralRequest_OfAFinding_IsRoutedToAPartnerInItsDistrict()
    {
        var (household, assessment) = MostUrgent();
        var finding = Finding.From(new FindingId("fnd-1"), assessment, household.District, AsOf);
        var router = new ReferralRouter(BuiltInPartnerRosters.Yangpyeong, BuiltInMunicipalities.Yangpyeong);

        var proposals = router.Propose(finding.ToReferralRequest());

        Assert.NotEmpty(proposals);
        var consent = ConsentRecord.From(new Consent(ConsentLevel.Written, AsOf));
        var referral = Referral.Open(new ReferralId("ref-1"), ReferralSubject.ForFinding(finding, consent), proposals[0].Partner, "staff",
            new FakeClock(AsOf.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant()));
        Assert.Equal(finding.DueDate, referral.DueDate);
    }

    [Fact]
    public void ObservedSignal_WithAMisspeltCode_ThrowsNamingTheCodeMeant()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ObservedSignal("phq9.total", 16, AsOf));

        Assert.Contains("did you mean 'screening.phq9.total'?", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ConsentLevel.None, ConsentKind.None)]
    [InlineData(ConsentLevel.Verbal, ConsentKind.Verbal)]
    [InlineData(ConsentLevel.Written, ConsentKind.Written)]
    public void ConsentRecordFrom_AHouseholdsConsent_KeepsLevelAndDate(ConsentLevel level, ConsentKind kind)
    {
        var consent = new Consent(level, level == ConsentLevel.None ? null : AsOf);

        var record = ConsentRecord.From(consent);

        Assert.Equal(kind, record.Kind);
        Assert.Equal(consent.GivenOn, record.GivenOn);
    }

    [Fact]
    public void HeldSessionFrom_ASessionRecord_TakesTheSlotOfThePlanAndThePartnersPresent()
    {
        var season = new Season(new DateInterval(new LocalDate(2025, 3, 5), new LocalDate(2025, 6, 25)), [IsoDayOfWeek.Wednesday], KoreanHolidayCalendar.Default);
        var plan = new RotationPlanner().Plan(new RotationRequest(BuiltInMunicipalities.Yangpyeong, season, BuiltInPartnerRosters.Yangpyeong));
        var second = plan.Sessions[1];
        var clock = new FakeClock(second.Date.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant());
        var present = second.Team.Take(2).Select(m => m.Partner).ToList();
        var record = SessionRecord.Record(new SessionRecordId("rec-1"), new SessionDetails
        {
            Date = second.Date, Site = second.Site, District = second.District, PlannedSession = second.Id, PartnersPresent = present, ResidentsServed = 50,
        }, "staff", clock);
        var cancelled = SessionRecord.Record(new SessionRecordId("rec-2"),
            SessionDetails.Cancelled(plan.Sessions[0].Date, plan.Sessions[0].Site, plan.Sessions[0].District, CancellationReason.Weather), "staff", clock);

        var held = HeldSession.From(record, plan);
        var off = HeldSession.From(cancelled, plan);

        Assert.Equal((second.Date, second.Slot, second.Site, HeldSessionStatus.Held), (held.Date, held.Slot, held.Site, held.Status));
        Assert.Equal(present.OrderBy(p => p.Value, StringComparer.Ordinal), held.Partners);
        Assert.Equal((plan.Sessions[0].Slot, HeldSessionStatus.Cancelled), (off.Slot, off.Status));
        Assert.NotNull(new RotationPlanner().Replan(plan, [held, off], second.Date.PlusDays(1)));
    }
}
