using System.Globalization;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Rotation;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;

namespace Dalhaengi.SampleHost.Formats;

/// <summary>
/// The plan as an RFC 5545 calendar written with Ical.Net: one all-day event per session (times of day are not part
/// of the plan) with a Korean summary and description (site, 읍면, team by name).
/// </summary>
/// <remarks>
/// The UID is <c>{date}.{slot}.{plan name}.{municipality code}@dalhaengi</c>: two municipalities, or two plans of one
/// municipality, never share a UID, and a re-plan of the same plan keeps the UID of each slot, so a calendar that
/// imports the new file updates the event instead of adding a second one. Given the previous calendar, an event whose
/// content changed gets <c>SEQUENCE</c> one higher than before. A session that was cancelled or not held, and a slot
/// the previous calendar had that is no longer a session, is published with <c>STATUS:CANCELLED</c>, so subscribers
/// see the change rather than keeping the old event.
/// </remarks>
internal static class PlanIcs
{
    public static string Write(RotationPlan plan, Municipality municipality, PartnerRoster roster, Instant now, string planName, PreviousCalendar? previous = null)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//Dalhaengi.Core//rotation plan//KO" };
        calendar.AddProperty("X-WR-CALNAME", $"{municipality.Name.Korean} 달리는 행복나눔 이웃들 ({planName})");
        calendar.AddProperty("X-WR-TIMEZONE", "Asia/Seoul");
        var stamp = now.InUtc();
        var dtStamp = new CalDateTime(stamp.Year, stamp.Month, stamp.Day, stamp.Hour, stamp.Minute, stamp.Second, "UTC");
        var several = plan.Request.Season.SessionsPerDay > 1;
        var written = new HashSet<string>(StringComparer.Ordinal);

        void Add(string uid, LocalDate date, string summary, string? location, string description, bool cancelled)
        {
            var e = new CalendarEvent
            {
                Uid = uid,
                DtStamp = dtStamp,
                Start = new CalDateTime(date.Year, date.Month, date.Day),
                End = new CalDateTime(date.PlusDays(1).Year, date.PlusDays(1).Month, date.PlusDays(1).Day),
                Summary = summary,
                Location = location,
                Description = description,
                Status = cancelled ? "CANCELLED" : "CONFIRMED",
                Transparency = "TRANSPARENT",
            };
            e.Sequence = previous?.SequenceFor(uid, PreviousCalendar.Fingerprint(summary, location, description, e.Status)) ?? 0;
            calendar.Events.Add(e);
            written.Add(uid);
        }

        foreach (var s in plan.Sessions)
        {
            var site = municipality.GetSite(s.Site);
            var district = municipality.GetDistrict(s.District);
            var team = string.Join("\n", s.Team.Select(m =>
            {
                var services = string.Join(", ", m.Services.Select(c => Names.Service(roster, c)));
                return $"- {Names.Partner(roster, m.Partner)}: {services}";
            }));
            var state = s.Status == PlannedSessionStatus.Held ? "실시함" : "예정";
            Add(Uid(s.Date, s.Slot, planName, municipality), s.Date,
                $"달리는 행복나눔 이웃들 · {district.Name.Korean} {site.Name.Korean}{Round(s.Slot, several)}",
                $"{municipality.Name.Korean} {district.Name.Korean} {site.Name.Korean}",
                $"상태: {state}\n읍면: {district.Name.Korean}\n장소: {site.Name.Korean}\n참여 기관 {s.Team.Count.ToString(CultureInfo.InvariantCulture)}곳:\n{team}",
                cancelled: false);
        }

        foreach (var k in plan.Skipped.Where(k => k.Slot is not null && k.Reason is SkipReason.Cancelled or SkipReason.NotHeld))
        {
            var slot = k.Slot!.Value;
            var why = k.Reason == SkipReason.Cancelled ? "취소됨" : "실시 기록 없음";
            Add(Uid(k.Date, slot, planName, municipality), k.Date,
                $"[취소] 달리는 행복나눔 이웃들{Round(slot, several)}", null, $"상태: {why}\n사유: {k.Description}", cancelled: true);
        }

        // A slot the previous calendar published that this plan no longer has as a session (a holiday added since,
        // a blackout, a day moved): cancel it, or it would stay on every subscriber's calendar.
        foreach (var gone in previous?.Events.Where(p => !written.Contains(p.Uid)) ?? [])
        {
            var reason = plan.Skipped.FirstOrDefault(k => k.Date == gone.Date && (k.Slot is null || k.Slot == gone.Slot));
            Add(gone.Uid, gone.Date, gone.Summary.StartsWith("[취소]", StringComparison.Ordinal) ? gone.Summary : "[취소] " + gone.Summary, gone.Location,
                $"상태: 취소됨\n사유: {(reason is null ? "새 계획에서 빠짐" : PlanCsv.Reason(reason))}", cancelled: true);
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    public static string Uid(LocalDate date, int slot, string planName, Municipality municipality) =>
        string.Create(CultureInfo.InvariantCulture, $"{date:uuuu'-'MM'-'dd}.{slot}.{planName}.{municipality.Code.Value}@dalhaengi");

    /// <summary>The default plan name: the municipality's English name's first word and the year, <c>yangpyeong-2026</c>.</summary>
    public static string DefaultPlanName(Municipality municipality, int year)
    {
        var word = new string([.. municipality.Name.English.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault("")
            .Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant)]);
        return string.Create(CultureInfo.InvariantCulture, $"{(word.Length > 0 ? word : municipality.Code.Value)}-{year}");
    }

    private static string Round(int slot, bool several) => several ? string.Create(CultureInfo.InvariantCulture, $" ({slot}회차)") : string.Empty;
}
