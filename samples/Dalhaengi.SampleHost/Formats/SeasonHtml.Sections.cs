using System.Xml;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Risk;
using Dalhaengi.Core.Rotation;
using NodaTime;

namespace Dalhaengi.SampleHost.Formats;

/// <summary>The calendar grid with its session list, and the tier bars with their table.</summary>
internal static partial class SeasonHtml
{
    private const int LabelWidth = 190;
    private const int CellWidth = 64;
    private const int RowHeight = 24;
    private const int HeaderHeight = 28;

    private static void WriteCalendar(XmlWriter w, SeasonPage page)
    {
        var m = page.Municipality;
        var plan = page.Plan;
        var column = m.Districts.Select((d, i) => (d.Code, i)).ToDictionary(x => x.Code, x => x.i);
        var days = plan.Request.Season.WeekdayDates().Concat(plan.Sessions.Select(s => s.Date)).Distinct().Order().ToList();
        var weeks = days.GroupBy(WeekStart).OrderBy(g => g.Key).ToList();
        var row = weeks.Select((g, i) => (g.Key, i)).ToDictionary(x => x.Key, x => x.i);
        var skippedWeeks = plan.Skipped.Where(s => s.Reason != SkipReason.NotASessionDay).Select(s => WeekStart(s.Date)).ToHashSet();

        Heading(w, "calendar-title", "시즌 달력", "Season calendar");
        Paragraph(w, "note", "한 줄에 한 주(회차 날짜), 한 칸에 한 읍면입니다. 장소·참여 기관·건너뛴 이유는 아래 회차 목록에 있습니다.",
            "One row per week, labelled by its session date; one column per 읍면. The list below gives each site, team and skip reason.");
        Legend(w, ("#1b5e20", "실시"), ("#1565c0", "예정"), ("#616161", "건너뜀(공휴일·취소 등)"));

        var width = LabelWidth + (m.Districts.Count * CellWidth);
        w.WriteStartElement("div");
        w.WriteAttributeString("class", "chart");
        w.WriteAttributeString("tabindex", "0");
        w.WriteAttributeString("role", "region");
        w.WriteAttributeString("aria-label", "시즌 달력 (좁은 화면에서는 가로로 스크롤)");
        StartSvg(w, "calendar", width, HeaderHeight + (weeks.Count * RowHeight),
            $"시즌 달력: {plan.Sessions.Count}회, 주별·읍면별. 같은 내용이 아래 회차 목록에 있습니다.", fit: false);
        for (var c = 0; c < m.Districts.Count; c++)
        {
            Text(w, LabelWidth + (c * CellWidth) + (CellWidth / 2), 19, m.Districts[c].Name.Korean, "middle");
        }

        foreach (var week in weeks)
        {
            var y = HeaderHeight + (row[week.Key] * RowHeight);
            var label = string.Join(", ", week.Select(KoreanDay));
            Text(w, 0, y + 17, skippedWeeks.Contains(week.Key) ? label + " 건너뜀" : label);
            Rect(w, "grid", LabelWidth, y, m.Districts.Count * CellWidth, RowHeight, null);
        }

        // A week with a day without sessions (holiday, blackout, cancellation) gets a dark bar across its row.
        foreach (var group in plan.Skipped.Where(s => s.Reason != SkipReason.NotASessionDay).GroupBy(s => WeekStart(s.Date)))
        {
            if (row.TryGetValue(group.Key, out var r))
            {
                var why = string.Join("\n", group.Select(s => $"{KoreanDay(s.Date)}: {Names.Skip(s.Reason)} — {s.Description}"));
                Rect(w, "skipped mark", LabelWidth + 2, HeaderHeight + (r * RowHeight) + (RowHeight / 2) - 3, (m.Districts.Count * CellWidth) - 4, 6, why);
            }
        }

        // One cell per session; sessions sharing a week and a district (several a day) share the cell's width.
        foreach (var cell in plan.Sessions.GroupBy(s => (Week: WeekStart(s.Date), s.District)))
        {
            var sessions = cell.OrderBy(s => s.Date).ThenBy(s => s.Slot).ToList();
            var x0 = LabelWidth + (column.GetValueOrDefault(cell.Key.District) * CellWidth) + 3;
            var each = (CellWidth - 6) / sessions.Count;
            for (var k = 0; k < sessions.Count; k++)
            {
                var s = sessions[k];
                var status = s.Status == PlannedSessionStatus.Held ? "held" : "planned";
                Rect(w, $"session {status} mark", x0 + (k * each), HeaderHeight + (row[cell.Key.Week] * RowHeight) + 3, Math.Max(3, each - 1), RowHeight - 6,
                    Hover(page, s), ("data-session", s.Id.Value));
            }
        }

        w.WriteEndElement();
        w.WriteEndElement();
        WriteSessionList(w, page);
    }

    // The calendar as text: every session with its site and team, every skipped day with its reason.
    private static void WriteSessionList(XmlWriter w, SeasonPage page)
    {
        var m = page.Municipality;
        w.WriteStartElement("h3");
        w.WriteAttributeString("id", "sessions-title");
        w.WriteString("회차 목록");
        w.WriteEndElement();
        w.WriteStartElement("table");
        w.WriteAttributeString("class", "list");
        w.WriteAttributeString("id", "sessions");
        w.WriteAttributeString("aria-labelledby", "sessions-title");
        w.WriteStartElement("thead");
        Row(w, "th", ("날짜", null), ("상태", null), ("읍면", null), ("장소", null), ("참여 기관 / 사유", null));
        w.WriteEndElement();
        w.WriteStartElement("tbody");
        var rows = page.Plan.Sessions.Select(s => (s.Date, Slot: s.Slot, Cells: new[]
            {
                KoreanDay(s.Date), Names.Status(s.Status), m.FindDistrict(s.District)?.Name.Korean ?? s.District.Value,
                m.FindSite(s.Site)?.Name.Korean ?? s.Site.Value, string.Join(", ", s.Team.Select(t => Names.Partner(page.Roster, t.Partner))),
            }))
            .Concat(page.Plan.Skipped.Where(s => s.Reason != SkipReason.NotASessionDay).Select(s => (s.Date, Slot: s.Slot ?? 0, Cells: new[]
            {
                KoreanDay(s.Date), "건너뜀", string.Empty, string.Empty, $"{Names.Skip(s.Reason)}: {s.Description}",
            })))
            .OrderBy(r => r.Date).ThenBy(r => r.Slot);
        string[] labels = ["날짜", "상태", "읍면", "장소", "참여 기관 / 사유"];
        foreach (var (_, _, cells) in rows)
        {
            w.WriteStartElement("tr");
            for (var i = 0; i < cells.Length; i++)
            {
                w.WriteStartElement("td");
                if (cells[i].Length > 0)
                {
                    w.WriteAttributeString("data-label", labels[i]);
                }

                w.WriteString(cells[i]);
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static string Hover(SeasonPage page, PlannedSession s)
    {
        var site = page.Municipality.FindSite(s.Site)?.Name.Korean ?? s.Site.Value;
        var district = page.Municipality.FindDistrict(s.District)?.Name.Korean ?? s.District.Value;
        var team = string.Join(", ", s.Team.Select(t => Names.Partner(page.Roster, t.Partner)));
        return $"{KoreanDay(s.Date)} {Names.Status(s.Status)} · {district} {site}\n참여 기관: {team}";
    }

    private static void WriteTiers(XmlWriter w, SeasonPage page, IReadOnlyList<RiskTier> tiers, IReadOnlyList<(District District, int[] Counts)> counts, LocalDate asOf)
    {
        // The lowest tier holds most households and would flatten the rest, so bars show the tiers above it and the
        // table gives every count.
        var shown = Enumerable.Range(1, Math.Max(0, tiers.Count - 1)).ToList();
        var max = Math.Max(1, counts.Max(c => shown.Sum(t => c.Counts[t])));
        const int Label = 90, Bar = 230, Right = 60;
        Heading(w, "tiers-title", "읍면별 위험 등급 가구", "Households by risk tier and 읍면");
        Paragraph(w, "note", $"{Date(asOf)} 기준 선별. 막대는 '{tiers[0].Name.Korean}'보다 높은 등급만 보이고, 모든 등급의 가구 수는 아래 표에 있습니다.",
            "Bars show the tiers above the lowest; the table has every count.");
        Legend(w, [.. shown.Select(t => (TierColours[t % TierColours.Length], tiers[t].Name.Korean))]);
        StartSvg(w, "tiers", Label + Bar + Right, (counts.Count * RowHeight) + 4, $"{page.Municipality.Name.Korean} 읍면별 위험 등급 가구 수 (표 참조)", fit: true);
        for (var i = 0; i < counts.Count; i++)
        {
            var (district, n) = counts[i];
            var y = i * RowHeight;
            Text(w, 0, y + 17, district.Name.Korean);
            var x = Label;
            foreach (var t in shown)
            {
                var width = Bar * n[t] / max;
                if (width > 0)
                {
                    Rect(w, "tier mark", x, y + 3, width, RowHeight - 6, $"{district.Name.Korean} {tiers[t].Name.Korean}: {n[t]:N0}", ("fill", TierColours[t % TierColours.Length]));
                    x += width + 1;
                }
            }

            Text(w, x + 5, y + 17, shown.Sum(t => n[t]).ToString("N0", Ic));
        }

        w.WriteEndElement();

        w.WriteStartElement("table");
        w.WriteAttributeString("id", "tier-table");
        w.WriteAttributeString("aria-labelledby", "tiers-title");
        w.WriteStartElement("thead");
        Row(w, "th", [("읍면", null), .. tiers.Select(t => (t.Name.Korean, (string?)"n"))]);
        w.WriteEndElement();
        w.WriteStartElement("tbody");
        foreach (var (district, n) in counts)
        {
            Row(w, "td", [(district.Name.Korean, null), .. n.Select(c => (c.ToString("N0", Ic), (string?)"n"))]);
        }

        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Legend(XmlWriter w, params (string Colour, string Label)[] items)
    {
        w.WriteStartElement("ul");
        w.WriteAttributeString("class", "legend");
        foreach (var (colour, label) in items)
        {
            w.WriteStartElement("li");
            w.WriteStartElement("span");
            w.WriteAttributeString("class", "swatch");
            w.WriteAttributeString("style", $"background: {colour}");
            w.WriteAttributeString("aria-hidden", "true");
            w.WriteString(" ");
            w.WriteEndElement();
            w.WriteString(label);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static LocalDate WeekStart(LocalDate d) => d.PlusDays(1 - (int)d.DayOfWeek);
}
