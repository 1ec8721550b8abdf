using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Outreach;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Rotation;
using NodaTime;
using NodaTime.Testing;

namespace Dalhaengi.SampleHost.Tests.Storage;

/// <summary>
/// Aggregates that use every field the store must keep: optional fields set and unset, Korean text (and a character
/// outside the Basic Multilingual Plane), decimal signal values, sub-second instants and every referral state.
/// </summary>
internal static class StorageTestData
{
    public static readonly DistrictCode Yangpyeong = new("4183025000");
    public static readonly DistrictCode Gangsang = new("4183031000");
    public static readonly PartnerId HealthCentre = new("yp-health-centre");
    public static readonly PartnerId MentalHealth = new("yp-mental-health");
    public static readonly PartnerId Welfare = new("yp-county-welfare");
    public const string KoreanNote = "장마 호우로 취소, 어르신 안부 전화 완료 🙂";

    /// <summary>A clock at 10:00 Korea time that moves 1.234567891 s on each reading, so instants carry nanoseconds.</summary>
    public static FakeClock Clock(int month = 3, int day = 6) =>
        new(Instant.FromUtc(2024, month, day, 1, 0), Duration.FromNanoseconds(1_234_567_891));

    public static SessionDetails FullDetails(LocalDate date) => new()
    {
        Date = date,
        Site = new SiteId("yp-yangpyeong-25"),
        District = Yangpyeong,
        PlannedSession = new SessionId("plan-2024-03-06"),
        PartnersPresent = [HealthCentre, MentalHealth],
        StaffCount = 12,
        VolunteerCount = 8,
        ResidentsServed = 230,
        Households = [new HouseholdId("hh-1"), new HouseholdId("hh-2")],
        Services = [new ServiceDelivery(new ServiceCode("health.bp-sugar"), HealthCentre, 120), new ServiceDelivery(new ServiceCode("mental.phq9"), MentalHealth, 31)],
        Items = [new ItemDistribution("홍보물품 (손소독제)", 35), new ItemDistribution("마스크", 100)],
        Screenings =
        [
            new SessionScreening(new HouseholdId("hh-1"), [new ObservedSignal("screening.phq9.total", 16, date), new ObservedSignal("screening.bp.systolic", 162.5m, date)]),
            new SessionScreening(new HouseholdId("hh-2"), [new ObservedSignal("observation.isolated", 1, date)]),
        ],
        Notes = "양평읍 시장 앞 — 날씨 맑음",
    };

    public static IReadOnlyList<SessionRecord> Sessions()
    {
        var clock = Clock();
        var day = new LocalDate(2024, 3, 6);
        var full = SessionRecord.Record(new SessionRecordId("rec-2024-03-06"), FullDetails(day), "staff-김민지", clock);
        full = full.Correct(full.Current with { ResidentsServed = 231, Notes = null }, "staff-이서준", "명단 재집계 (sign-in sheet recount)", clock);
        full = full.Correct(full.Current with { Date = day.PlusDays(7), Households = [new HouseholdId("hh-1")] }, "staff-lee", "wrong week", clock);
        var bare = SessionRecord.Record(
            new SessionRecordId("rec-2024-04-03"),
            new SessionDetails { Date = new LocalDate(2024, 4, 3), Site = new SiteId("yp-gangsang-01"), District = Gangsang },
            "staff-kim",
            clock);
        var cancelled = SessionRecord.Record(
            new SessionRecordId("rec-2024-07-10"),
            SessionDetails.Cancelled(new LocalDate(2024, 7, 10), new SiteId("yp-yangpyeong-25"), Yangpyeong, CancellationReason.Weather, KoreanNote),
            "staff-kim",
            clock);
        return [full, bare, cancelled];
    }

    public static Finding Finding(string id, LocalDate on, int days = 7, string household = "hh-1", SessionRecordId? session = null) =>
        new(new FindingId(id), new HouseholdId(household), Yangpyeong, on,
            [new ObservedSignal("screening.phq9.total", 17, on), new ObservedSignal("arrears.electricity.months", 3.25m, on.PlusDays(-2))],
            Period.FromDays(days), session);

    /// <summary>A referral in each state, including a rejected and re-referred one and every closing outcome.</summary>
    public static IReadOnlyList<Referral> Referrals()
    {
        var day = new LocalDate(2024, 3, 6);
        var clock = Clock();
        var consent = ConsentRecord.Written(day);
        Referral Open(string id, ReferralSubject? subject = null, PartnerId? partner = null) =>
            Referral.Open(new ReferralId(id), subject ?? ReferralSubject.ForFinding(Finding($"fnd-{id}", day, session: new SessionRecordId("rec-2024-03-06")), consent), partner ?? MentalHealth, "staff-김민지", clock);

        var referred = Open("ref-referred", ReferralSubject.ForFinding(Finding("fnd-anon", day, 0), ConsentRecord.None, sharesPersonalData: false));
        var accepted = Open("ref-accepted").Accept("partner-park", clock);
        var inService = Open("ref-in-service", ReferralSubject.ForFinding(Finding("fnd-verbal", day), ConsentRecord.Verbal(day.PlusDays(-1)), new ServiceCode("mental.counselling"))).Accept("p", clock).StartService("p", clock);
        var rejected = Open("ref-rejected").Reject("정원 초과 (no capacity)", "partner-park", clock);
        var reReferred = Open("ref-re-referred").Reject("대상 아님", "p", clock).ReRefer(Welfare, "staff-kim", clock);
        var resolved = Open("ref-resolved").Accept("p", clock).StartService("p", clock).Close(ReferralOutcome.Resolved, "p", clock, "연계 완료");
        var declined = Open("ref-declined").Accept("p", clock).Close(ReferralOutcome.DeclinedByHousehold, "p", clock);
        var unreachable = Open("ref-unreachable").Reject("연락 두절", "p", clock).Close(ReferralOutcome.Unreachable, "p", clock);
        var caseService = Referral.Open(
            new ReferralId("ref-case-service"),
            new ReferralSubject
            {
                Household = new HouseholdId("hh-case"),
                District = Gangsang,
                ResponseDeadline = Period.FromWeeks(2),
                Case = new CaseId("case-1"),
                Service = new ServiceCode("care.home-repair"),
                Consent = ConsentRecord.Written(day),
            },
            Welfare,
            "staff-kim",
            clock).Accept("p", clock).Close(ReferralOutcome.Transferred, "p", clock);
        return [referred, accepted, inService, rejected, reReferred, resolved, declined, unreachable, caseService];
    }

    /// <summary>An open case at intake, one in delivery with a service and monitoring, and one closed and followed up (with its closed referral).</summary>
    public static (IReadOnlyList<Case> Cases, IReadOnlyList<Referral> ClosedServices) Cases()
    {
        var clock = Clock(4, 1);
        var intake = Case.Open(new CaseId("case-intake"), new HouseholdId("hh-a"), Yangpyeong, "staff-kim", clock, "독거 어르신, 난방 없음");
        var delivery = Case.Open(new CaseId("case-delivery"), new HouseholdId("hh-b"), Gangsang, "staff-kim", clock);
        foreach (var stage in new[] { CaseStage.Assessment, CaseStage.CaseConference, CaseStage.Selection, CaseStage.ServicePlan })
        {
            delivery = delivery.AdvanceTo(stage, "staff-kim", clock);
        }

        delivery = delivery.AddService(new ReferralId("ref-delivery-1"), "staff-kim", clock)
            .AdvanceTo(CaseStage.DeliveryAndMonitoring, "staff-kim", clock)
            .RecordMonitoring("staff-kim", clock, "주 1회 방문 확인");

        var service = Referral.Open(
            new ReferralId("ref-closed-case-1"),
            new ReferralSubject { Household = new HouseholdId("hh-c"), District = Yangpyeong, ResponseDeadline = Period.FromDays(30), Case = new CaseId("case-closed"), Consent = ConsentRecord.Written(new LocalDate(2024, 4, 1)) },
            Welfare,
            "staff-kim",
            clock);
        var closed = Case.Open(new CaseId("case-closed"), new HouseholdId("hh-c"), Yangpyeong, "staff-kim", clock);
        foreach (var stage in new[] { CaseStage.Assessment, CaseStage.CaseConference, CaseStage.Selection, CaseStage.ServicePlan })
        {
            closed = closed.AdvanceTo(stage, "staff-kim", clock);
        }

        closed = closed.AddService(service.Id, "staff-kim", clock).AdvanceTo(CaseStage.DeliveryAndMonitoring, "staff-kim", clock);
        service = service.Accept("p", clock).StartService("p", clock).Close(ReferralOutcome.Resolved, "p", clock);
        closed = closed.Close([service], "staff-kim", clock, "종결").AdvanceTo(CaseStage.FollowUp, "staff-kim", clock);
        return ([intake, delivery, closed], [service]);
    }
}
