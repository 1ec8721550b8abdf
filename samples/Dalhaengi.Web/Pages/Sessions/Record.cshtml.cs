using System.Security.Cryptography;
using Dalhaengi.Core;
using Dalhaengi.Core.Access;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Outreach;
using Dalhaengi.Core.Partners;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using NodaTime.Text;

namespace Dalhaengi.Web.Pages.Sessions;

/// <summary>
/// The session day on a tablet: attendance, one service line, items, and a screening with a finding that becomes a
/// referral. Township officers record in their districts, the coordinator anywhere; partners do not record here.
/// </summary>
public sealed class RecordModel(
    ISessionRecordRepository sessions,
    IReferralRepository referrals,
    IHouseholdRepository households,
    AccessGate gate,
    Municipality municipality,
    IClock clock) : StaffPageModel
{
    private static readonly (string Code, string Label)[] IndicatorChoices =
    [
        ("screening.phq9.total", "우울 선별 PHQ-9 총점"),
        ("screening.phq9.item9", "PHQ-9 9번 문항"),
        ("screening.bp.systolic", "수축기 혈압"),
        ("screening.cognitive.positive", "인지 선별 양성 (1)"),
        ("observation.isolated", "고립 관찰 (1)"),
        ("observation.no-heating", "난방 없음 관찰 (1)"),
    ];

    /// <summary>Why the last post was refused, or <see langword="null"/>.</summary>
    public string? Message { get; private set; }

    /// <summary>Today in Korea, for the date field.</summary>
    public string Today => LocalDatePattern.Iso.Format(OutreachToday);

    /// <summary>The sites the user may record at.</summary>
    public IReadOnlyList<(string Id, string Name)> Sites => [.. RecordableSites.Select(s => (s.Id.Value, $"{Names.District(municipality, s.District)} {s.Name.Korean}"))];

    /// <summary>The services offered at sessions.</summary>
    public IReadOnlyList<(string Code, string Label)> Services =>
        [.. BuiltInPartnerRosters.Yangpyeong.Services.Select(s => (s.Code.Value, s.Name.Korean))];

    /// <summary>The screening items.</summary>
    public IReadOnlyList<(string Code, string Label)> Indicators => IndicatorChoices;

    /// <summary>The partners a finding can be referred to.</summary>
    public IReadOnlyList<(string Id, string Name)> Partners =>
        [.. BuiltInPartnerRosters.Yangpyeong.Partners.Select(p => (p.Id.Value, p.Name.Korean))];

    private LocalDate OutreachToday => clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Asia/Seoul"]).Date;

    // Partners attend sessions but do not record them; a role without a session-record grant records nowhere.
    private IEnumerable<Site> RecordableSites => gate.Policy.FindRole(Principal.Role) is not { } role
        || role.GrantFor(AccessSubjectKind.SessionRecord) is null || role.Scope == AccessScope.Partner
        ? []
        : municipality.Sites.Where(s => role.Scope == AccessScope.Municipality || Principal.Districts.Contains(s.District));

    /// <summary>Shows the form.</summary>
    /// <returns>The page, or 403 for a user who cannot record anywhere.</returns>
    public IActionResult OnGet() => RecordableSites.Any() ? Page() : Forbid();

    /// <summary>Records the session and, when a household is given, its finding and referral.</summary>
    /// <param name="form">The posted fields.</param>
    /// <returns>The referral's page, the calendar, or the form with the reason.</returns>
    public async Task<IActionResult> OnPostAsync([FromForm] SessionForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!OpaqueIds.TryParse(form.Site, s => new SiteId(s), out var siteId) || RecordableSites.FirstOrDefault(s => s.Id == siteId) is not { } site)
        {
            return Forbid();
        }

        var date = LocalDatePattern.Iso.Parse(form.Date ?? string.Empty);
        if (!date.Success || form.Residents is < 0 or > 1000 || form.ServiceCount is < 0 or > 1000 || form.Items is < 0 or > 1000 || form.DeadlineDays is < 0 or > 90)
        {
            Message = "날짜와 숫자 칸을 확인하십시오.";
            return Page();
        }

        try
        {
            return await RecordAsync(form, site, date.Value);
        }
        catch (Exception ex) when (ex is ArgumentException or DalhaengiValidationException or BusinessRuleViolationException)
        {
            // The library's messages name the field and the rule and never echo a resident registration number.
            Message = ex.Message;
            return Page();
        }
    }

    private async Task<IActionResult> RecordAsync(SessionForm form, Site site, LocalDate date)
    {
        var office = SampleHost.Outreach.SamplePartners.OfficeOf(site.District);
        var hasFinding = !string.IsNullOrWhiteSpace(form.Household);
        var household = hasFinding ? new HouseholdId(form.Household!.Trim()) : default;
        var partner = hasFinding ? new PartnerId(form.Partner ?? string.Empty) : default;
        var service = form.ServiceCount > 0 ? BuiltInPartnerRosters.Yangpyeong.Services.FirstOrDefault(s => s.Code.Value == form.Service) : null;
        var servicePartner = service is null ? (PartnerId?)null : BuiltInPartnerRosters.Yangpyeong.Partners.FirstOrDefault(p => p.Services.Contains(service.Code))?.Id ?? office;
        var sessionId = new SessionRecordId("s-web-" + NewSuffix());
        ObservedSignal? signal = hasFinding ? new ObservedSignal(form.Indicator ?? string.Empty, form.Value, date) : null;
        var details = new SessionDetails
        {
            Date = date,
            Site = site.Id,
            District = site.District,
            PartnersPresent = [.. new[] { office, servicePartner ?? office }.Distinct()],
            ResidentsServed = form.Residents,
            Households = hasFinding ? [household] : [],
            Services = service is null ? [] : [new ServiceDelivery(service.Code, servicePartner!.Value, form.ServiceCount)],
            Items = form.Items > 0 ? [new ItemDistribution("홍보물품", form.Items)] : [],
            Screenings = hasFinding ? [new SessionScreening(household, [signal.GetValueOrDefault()])] : [],
        };
        var record = SessionRecord.Record(sessionId, details, Principal.User, clock);
        if (!gate.Peek(Principal, AccessTarget.ForSessionRecord(record)).Allowed)
        {
            return Forbid();
        }

        Referral? referral = null;
        if (hasFinding)
        {
            var finding = new Finding(new FindingId("f-web-" + NewSuffix()), household, site.District, date, [signal.GetValueOrDefault()], Period.FromDays(form.DeadlineDays), sessionId);
            var consent = form.Consent == ConsentKind.None ? ConsentRecord.None : ConsentRecord.Of(form.Consent, date);
            var subject = ReferralSubject.ForFinding(finding, consent, sharesPersonalData: form.Consent != ConsentKind.None);
            referral = Referral.Open(new ReferralId("ref-web-" + NewSuffix()), subject, partner, Principal.User, clock);
        }

        await sessions.AddAsync(record, HttpContext.RequestAborted);
        if (referral is not null)
        {
            if (await households.FindAsync(household, HttpContext.RequestAborted) is null)
            {
                await households.AddRangeAsync([new Household(household, site.District, [new HouseholdMember(MemberRole.Head, date.Year - 75)])], HttpContext.RequestAborted);
            }

            await referrals.AddAsync(referral, HttpContext.RequestAborted);
            return Redirect("/Referrals/Detail?id=" + Uri.EscapeDataString(referral.Id.Value));
        }

        return Redirect("/");
    }

    private static string NewSuffix() => Convert.ToHexString(RandomNumberGenerator.GetBytes(5)).ToLowerInvariant();

    /// <summary>The posted fields of the session form.</summary>
    public sealed class SessionForm
    {
        /// <summary>The session day, ISO.</summary>
        public string? Date { get; set; }

        /// <summary>The site id.</summary>
        public string? Site { get; set; }

        /// <summary>Residents served.</summary>
        public int Residents { get; set; }

        /// <summary>The service code.</summary>
        public string? Service { get; set; }

        /// <summary>How many times it was delivered.</summary>
        public int ServiceCount { get; set; }

        /// <summary>Items handed out.</summary>
        public int Items { get; set; }

        /// <summary>The household screened, by opaque id; empty when none.</summary>
        public string? Household { get; set; }

        /// <summary>The indicator code.</summary>
        public string? Indicator { get; set; }

        /// <summary>The measured value.</summary>
        public decimal Value { get; set; }

        /// <summary>The partner the finding is referred to.</summary>
        public string? Partner { get; set; }

        /// <summary>The household's consent to share personal data.</summary>
        public ConsentKind Consent { get; set; }

        /// <summary>The response deadline in days.</summary>
        public int DeadlineDays { get; set; } = 7;
    }
}
