using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Outreach;
using Dalhaengi.Core.Partners;
using NodaTime;
using NodaTime.Testing;

namespace Dalhaengi.Core.Tests.Outreach;

/// <summary>Small builders shared by the outreach tests.</summary>
internal static class OutreachTestData
{
    public static readonly DistrictCode Yangpyeong = new("4183025000");
    public static readonly DistrictCode Yangseo = new("4183033000");
    public static readonly PartnerId Dementia = new("yp-dementia-centre");
    public static readonly PartnerId MentalHealth = new("yp-mental-health");
    public static readonly PartnerId Welfare = new("yp-welfare-team");
    public static readonly ServiceCode BpCheck = new("health.bp-check");
    public static readonly ServiceCode HandMassage = new("care.hand-massage");

    /// <summary>A clock at 10:00 Korea Standard Time on the given day.</summary>
    public static FakeClock ClockOn(int year, int month, int day) => new(Instant.FromUtc(year, month, day, 1, 0));

    public static Finding NewFinding(string id = "f-1", LocalDate? foundOn = null, int deadlineDays = 7, DistrictCode? district = null, string household = "hh-1") =>
        new(
            new FindingId(id),
            new HouseholdId(household),
            district ?? Yangpyeong,
            foundOn ?? new LocalDate(2024, 3, 6),
            [new ObservedSignal("screening.phq9.total", 16, foundOn ?? new LocalDate(2024, 3, 6))],
            Period.FromDays(deadlineDays));

    public static ReferralSubject Subject(Finding? finding = null, ConsentRecord? consent = null)
    {
        var f = finding ?? NewFinding();
        return ReferralSubject.ForFinding(f, consent ?? ConsentRecord.Written(f.FoundOn));
    }

    public static Referral NewReferral(IClock clock, string id = "ref-1", Finding? finding = null, PartnerId? partner = null) =>
        Dalhaengi.Core.Outreach.Referral.Open(new ReferralId(id), Subject(finding), partner ?? MentalHealth, "staff-kim", clock);

    public static SessionDetails Held(LocalDate date, int residents, int items, DistrictCode? district = null, int services = 0) => new()
    {
        Date = date,
        Site = new SiteId("yp-site"),
        District = district ?? Yangpyeong,
        PartnersPresent = [Dementia, Welfare],
        StaffCount = 12,
        VolunteerCount = 8,
        ResidentsServed = residents,
        Services = services > 0 ? [new ServiceDelivery(BpCheck, Dementia, services)] : [],
        Items = items > 0 ? [new ItemDistribution("홍보물품", items)] : [],
    };
}
