using System.Xml;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Risk;
using Dalhaengi.Core.Rotation;
using NodaTime;

namespace Dalhaengi.SampleHost.Formats;

/// <summary>The calendar grid and the tier bars.</summary>
internal static partial class SeasonHtml
{
    private const int LabelWidth = 150;
    private const int CellWidth = 62;
    private const int RowHeight = 18;
    private const int HeaderHeight = 24;

    private static void WriteCalendar(XmlWriter w, SeasonPage page)
    {
        var m = page.Municipality;
        var plan = page.Plan;
        var column = m.Districts.Select((d, i) => (d.Code, i)).ToDictionary(x => x.Code, x => x.i);
        var weeks = plan.Request.Season.WeekdayDates().Concat(plan.Sessions.Select(s => s.Date))
            .Select(WeekStart).Distinct().Order().ToList();
        var row = weeks.Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i);

        w.WriteElementString("h2", "Season calendar");
        w.WriteStartElement("p");
        w.WriteAttributeString("class", "legend note");
        w.WriteString("One row per week, one column per 읍면; hover over a cell for its site and team.");
        Swatch(w, "#2e7d32", "held");
        Swatch(w, "#64b5f6", "planned");
        Swatch(w, "#eeeeee", "no session (holiday, cancelled)");
        w.WriteEndElement();

        var width = LabelWidth + (m.Districts.Count * CellWidth);
        StartSvg(w, "calendar", width, HeaderHeight + (weeks.Count * RowHeight), $"Season calendar: {plan.Sessions.Count} sessions, weeks by 읍면");
        for (var c = 0; c < m.Districts.Count; c++)
        {
            Text(w, LabelWidth + (c * CellWidth) + (CellWidth / 2), 16, m.Districts[c].Name.Korean, "middle");
        }

        foreach (var (week, r) in row)
        {
            var y = HeaderHeight + (r * RowHeight);
            Text(w, 0, y + 13, $"{Date(week)} 주");
            Rect(w, "grid", LabelWidth, y, m.Districts.Count * CellWidth, RowHeight, null);
        }

        // A day without sessions (holiday, blackout, cancellation) greys its week's row, with the reason on hover.
        foreach (var group in plan.Skipped.Where(s => s.Reason != SkipReason.NotASessionDay).GroupBy(s => WeekStart(s.Date)))
        {
            if (row.TryGetValue(group.Key, out var r))
            {
                var why = string.Join("\n", group.Select(s => $"{Date(s.Date)}: {s.Description}"));
                Rect(w, "skipped", LabelWidth, HeaderHeight + (r * RowHeight) + 1, m.Districts.Count * CellWidth, RowHeight - 2, why);
            }
        }

        // One cell per session; sessions sharing a week and a district (several a day) share the cell's width.
        foreach (var cell in plan.Sessions.GroupBy(s => (Week: WeekStart(s.Date), s.District)))
        {
            var sessions = cell.OrderBy(s => s.Date).ThenBy(s => s.Slot).ToList();
            var x0 = LabelWidth + (column.GetValueOrDefault(cell.Key.District) * CellWidth) + 2;
            var each = (CellWidth - 4) / sessions.Count;
            for (var k = 0; k < sessions.Count; k++)
            {
                var s = sessions[k];
                var status = s.Status == PlannedSessionStatus.Held ? "held" : "planned";
                Rect(w, $"session {status}", x0 + (k * each), HeaderHeight + (row[cell.Key.Week] * RowHeight) + 2, Math.Max(2, each - 1), RowHeight - 4,
                    Hover(page, s, status), ("data-session", s.Id.Value));
            }
        }

        w.WriteEndElement();
    }

    private static string Hover(SeasonPage page, PlannedSession s, string status)
    {
        var site = page.Municipality.FindSite(s.Site)?.Name.Korean ?? s.Site.Value;
        var district = page.Municipality.FindDistrict(s.District)?.Name.Korean ?? s.District.Value;
        var team = string.Join(", ", s.Team.Select(t => page.Roster.FindPartner(t.Partner)?.Name.Korean ?? t.Partner.Value));
        return $"{Date(s.Date)} ({status}) {district} {site}\nteam: {team}";
    }

    private static void WriteTiers(XmlWriter w, SeasonPage page, IReadOnlyList<RiskTier> tiers, IReadOnlyList<(District District, int[] Counts)> counts, LocalDate asOf)
    {
        // The lowest tier holds most households and would flatten the rest, so bars show the tiers above it and the
        // labels give every count.
        var shown = Enumerable.Range(1, Math.Max(0, tiers.Count - 1)).ToList();
        var max = Math.Max(1, counts.Max(c => shown.Sum(t => c.Counts[t])));
        const int Bar = 420;
        w.WriteElementString("h2", "Households by risk tier and 읍면");
        w.WriteStartElement("p");
        w.WriteAttributeString("class", "legend note");
        w.WriteString($"Screened as of {Date(asOf)}; bars show the tiers above {tiers[0].Id}.");
        foreach (var t in shown)
        {
            Swatch(w, TierColours[t % TierColours.Length], $"{tiers[t].Id} ({tiers[t].Name.Korean})");
        }

        w.WriteEndElement();
        StartSvg(w, "tiers", LabelWidth + Bar + 330, (counts.Count * RowHeight) + 4, $"Households by risk tier in each 읍면 of {page.Municipality.Name.Korean}");
        for (var i = 0; i < counts.Count; i++)
        {
            var (district, n) = counts[i];
            var y = i * RowHeight;
            Text(w, 0, y + 13, district.Name.Korean);
            var x = LabelWidth;
            foreach (var t in shown)
            {
                var width = Bar * n[t] / max;
                if (width > 0)
                {
                    Rect(w, "tier", x, y + 2, width, RowHeight - 4, string.Create(Ic, $"{district.Name.Korean} {tiers[t].Id}: {n[t]}"), ("fill", TierColours[t % TierColours.Length]));
                    x += width;
                }
            }

            Text(w, x + 6, y + 13, string.Join(" · ", tiers.Select((t, k) => string.Create(Ic, $"{t.Id} {n[k]:N0}"))));
        }

        w.WriteEndElement();
    }

    private static void Swatch(XmlWriter w, string colour, string label)
    {
        w.WriteStartElement("span");
        w.WriteAttributeString("style", $"background: {colour}");
        w.WriteString(" ");
        w.WriteEndElement();
        w.WriteString(label);
    }

    private static LocalDate WeekStart(LocalDate d) => d.PlusDays(1 - (int)d.DayOfWeek);
}
