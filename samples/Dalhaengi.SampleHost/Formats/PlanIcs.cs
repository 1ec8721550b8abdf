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
/// of the plan), the site as location, the team in the description, UID <c>{session id}@dalhaengi</c>.
/// </summary>
internal static class PlanIcs
{
    public static string Write(RotationPlan plan, Municipality municipality, PartnerRoster roster, Instant now)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//Dalhaengi.Core//rotation plan//KO" };
        calendar.AddProperty("X-WR-CALNAME", $"{municipality.Name.Korean} 달리는 행복나눔 이웃들");
        var stamp = now.InUtc();
        foreach (var s in plan.Sessions)
        {
            var site = municipality.GetSite(s.Site);
            var district = municipality.GetDistrict(s.District);
            var team = string.Join("\n", s.Team.Select(m =>
            {
                var p = roster.FindPartner(m.Partner);
                var services = string.Join(", ", m.Services.Select(c => roster.GetService(c).Name.Korean));
                return $"- {p?.Name.Korean ?? m.Partner.Value}: {services}";
            }));
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{s.Id}@dalhaengi",
                DtStamp = new CalDateTime(stamp.Year, stamp.Month, stamp.Day, stamp.Hour, stamp.Minute, stamp.Second, "UTC"),
                Start = new CalDateTime(s.Date.Year, s.Date.Month, s.Date.Day),
                End = new CalDateTime(s.Date.PlusDays(1).Year, s.Date.PlusDays(1).Month, s.Date.PlusDays(1).Day),
                Summary = string.Create(CultureInfo.InvariantCulture, $"달행이 {district.Name.Korean} {site.Name.Korean} (slot {s.Slot})"),
                Location = $"{municipality.Name.Korean} {district.Name.Korean} {site.Name.Korean}",
                Description = $"{(s.Status == PlannedSessionStatus.Held ? "Held" : "Planned")} session {s.Id}\nTeam:\n{team}\nWhy: {s.Why.Summary}",
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }
}
