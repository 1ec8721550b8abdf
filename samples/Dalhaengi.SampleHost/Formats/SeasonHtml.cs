using System.Globalization;
using System.Text;
using System.Xml;
using Dalhaengi.Core.Outreach;
using NodaTime;
using NodaTime.Text;

namespace Dalhaengi.SampleHost.Formats;

/// <summary>
/// The season as one self-contained page: UTF-8, <c>lang="ko"</c>, inline CSS and SVG, no script. Written with an
/// <see cref="XmlWriter"/>, so every text is encoded and the page is also well-formed XHTML (tests parse it as XML).
/// </summary>
/// <remarks>
/// Korean first, each heading with its English name beside it (<c>lang="en"</c>). Every chart has a table or list
/// beside it with the same facts as text (site, team, why a week was skipped), so nothing is only on hover, on touch
/// screens or on paper. Charts scale to the width of the page; the calendar keeps a readable cell size and scrolls
/// inside its own focusable box on a phone, never the page. Mark colours reach 3:1 and text 4.5:1 against white
/// (WCAG 2.2, 1.4.11 and 1.4.3); a print stylesheet drops the scroll boxes and keeps tables whole.
/// </remarks>
internal static partial class SeasonHtml
{
    private const string Xhtml = "http://www.w3.org/1999/xhtml";
    private const string Svg = "http://www.w3.org/2000/svg";
    private static readonly CultureInfo Ic = CultureInfo.InvariantCulture;

    // Contrast against #ffffff: held #1b5e20 9.4:1, planned #1565c0 5.8:1, skipped #616161 6.2:1, funnel #3949ab 7.0:1;
    // text #1f1f1f 16:1, notes #4d4d4d 8.5:1.
    private const string Css = """
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { font-family: "Noto Sans CJK KR", "Noto Sans KR", "Malgun Gothic", "Apple SD Gothic Neo", sans-serif; margin: 0 auto; padding: 1rem; color: #1f1f1f; background: #ffffff; max-width: 72rem; line-height: 1.5; word-break: keep-all; overflow-wrap: break-word; }
        h1 { font-size: 1.5rem; line-height: 1.3; } h2 { font-size: 1.2rem; margin-top: 2rem; }
        .en { font-weight: normal; font-size: 0.8em; color: #4d4d4d; margin-left: 0.4rem; }
        .note { color: #4d4d4d; font-size: 0.9rem; }
        .chart { overflow-x: auto; max-width: 100%; border: 1px solid #d0d0d0; padding: 0.25rem; }
        .chart:focus { outline: 3px solid #1565c0; }
        svg { display: block; height: auto; max-width: none; }
        svg.fit { width: 100%; max-width: 42rem; }
        svg text { font-size: 14px; fill: #1f1f1f; }
        rect.session.held { fill: #1b5e20; } rect.session.planned { fill: #1565c0; }
        rect.skipped { fill: #616161; } rect.grid { fill: #ffffff; stroke: #9e9e9e; }
        .legend { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; padding: 0; list-style: none; }
        .legend li { display: flex; align-items: center; }
        .swatch { display: inline-block; width: 1rem; height: 1rem; margin-right: 0.35rem; border: 1px solid #1f1f1f; }
        table { border-collapse: collapse; margin: 0.5rem 0; }
        th, td { text-align: left; padding: 0.25rem 0.75rem 0.25rem 0; vertical-align: top; border-bottom: 1px solid #d0d0d0; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        table.list { width: 100%; }
        table.list td:nth-child(-n+4) { white-space: nowrap; }
        table.list td:nth-child(5) { font-size: 0.9rem; }
        details > summary { cursor: pointer; font-weight: bold; margin: 0.5rem 0; }
        @media (max-width: 40rem) {
          body { padding: 0.75rem; }
          table.list thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
          table.list tr { display: block; border-bottom: 1px solid #9e9e9e; padding: 0.4rem 0; }
          table.list td, table.list td:nth-child(-n+4) { display: block; border: 0; padding: 0.1rem 0; white-space: normal; }
          table.list td[data-label]::before { content: attr(data-label) ": "; font-weight: bold; }
        }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; }
          .chart { overflow: visible; border: 0; padding: 0; }
          svg, svg.fit { width: 100%; max-width: 100%; }
          table.list td:nth-child(-n+4) { white-space: normal; }
          details > summary { display: none; }
          table, tr, .chart { break-inside: avoid; }
          h2 { break-after: avoid; }
        }
        """;

    // Tier colours by index, each at least 3:1 against white; index 0 (the lowest tier) is not drawn.
    private static readonly string[] TierColours = ["#2e7d32", "#8a5a00", "#c62828", "#6a1b9a", "#283593", "#004d40"];

    public static string Write(SeasonPage page)
    {
        // XmlWriter would write "<!DOCTYPE html >"; the plain form goes first.
        var sb = new StringBuilder("<!DOCTYPE html>\n");
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, Indent = true, NewLineChars = "\n", Encoding = Encoding.UTF8 };
        using (var w = XmlWriter.Create(sb, settings))
        {
            w.WriteStartElement("html", Xhtml);
            w.WriteAttributeString("lang", "ko");
            w.WriteStartElement("head");
            Element(w, "meta", ("charset", "utf-8"));
            Element(w, "meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"));
            w.WriteElementString("title", page.Title);
            w.WriteElementString("style", Css);
            w.WriteEndElement();

            w.WriteStartElement("body");
            w.WriteStartElement("main");
            w.WriteElementString("h1", page.Title);
            Paragraph(w, "note", $"{InstantPattern.General.Format(page.GeneratedAt)} Dalhaengi.Core로 만듦. 가구·회차·의뢰는 표본(합성) 자료입니다.",
                "Generated by Dalhaengi.Core; households, sessions and referrals are synthetic sample data.");
            if (page.Figures is { } figures)
            {
                WriteFigures(w, figures);
            }

            WriteCalendar(w, page);
            if (page.Screening is { } screening)
            {
                WriteTiers(w, page, screening.Tiers, screening.Counts, screening.AsOf);
            }

            if (page.Referrals is { } referrals)
            {
                WriteFunnel(w, referrals);
            }

            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteFullEndElement();
        }

        return sb.Append('\n').ToString();
    }

    private static void WriteFigures(XmlWriter w, SeasonFigures f)
    {
        Heading(w, "figures", "시즌 현황", "Season so far");
        w.WriteStartElement("table");
        w.WriteAttributeString("class", "figures");
        w.WriteStartElement("thead");
        Row(w, "th", ("항목", null), ("값", "n"), ("정의", null));
        w.WriteEndElement();
        w.WriteStartElement("tbody");
        foreach (var m in new[]
        {
            SeasonMeasure.SessionsHeld, SeasonMeasure.SessionsCancelled, SeasonMeasure.ResidentsServed, SeasonMeasure.ServicesDelivered,
            SeasonMeasure.ItemsDistributed, SeasonMeasure.Findings, SeasonMeasure.Referrals, SeasonMeasure.ReferralsClosedResolvedWithinDeadline,
        })
        {
            Row(w, "td", (MeasureText.Label(m), null), (f[m].ToString("N0", Ic), "n"), (MeasureText.Definition(m), null));
        }

        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void WriteFunnel(XmlWriter w, IReadOnlyList<Referral> referrals)
    {
        bool Reached(Referral r, ReferralState s) => r.State == s || r.History.Any(t => t.To == s);
        var stages = new (string Label, int Count)[]
        {
            ("의뢰", referrals.Count),
            ("접수 이상", referrals.Count(r => Reached(r, ReferralState.Accepted))),
            ("서비스 시작 이상", referrals.Count(r => Reached(r, ReferralState.InService))),
            ("종결", referrals.Count(r => r.State == ReferralState.Closed)),
        };
        Heading(w, "funnel-title", "의뢰 단계", "Referral funnel");
        Paragraph(w, "note", "정의: 각 막대는 그 단계에 한 번이라도 도달한 의뢰 수입니다. '접수 이상'에는 지금 서비스 중이거나 종결된 의뢰도 들어갑니다. 시즌 보고서의 '접수(서비스 전)'는 지금 상태가 접수인 의뢰만 세므로 값이 다릅니다.",
            "Each bar counts referrals that ever reached the stage; the report's 'accepted' counts only those accepted now.");
        const int Label = 130, Width = 200, Row = 30;
        StartSvg(w, "funnel", Label + Width + 60, (stages.Length * Row) + 4, "의뢰 단계: " + string.Join(", ", stages.Select(s => string.Create(Ic, $"{s.Label} {s.Count:N0}"))), fit: true);
        for (var i = 0; i < stages.Length; i++)
        {
            var (label, count) = stages[i];
            var width = referrals.Count == 0 ? 0 : Math.Max(count == 0 ? 0 : 2, Width * count / referrals.Count);
            Text(w, 0, (i * Row) + 19, label);
            Rect(w, "stage mark", Label, i * Row, width, Row - 6, string.Create(Ic, $"{label}: {count:N0}"), ("fill", "#3949ab"));
            Text(w, Label + width + 6, (i * Row) + 19, count.ToString("N0", Ic));
        }

        w.WriteEndElement();
    }

    private static void Heading(XmlWriter w, string id, string korean, string english)
    {
        w.WriteStartElement("h2");
        w.WriteAttributeString("id", id);
        w.WriteString(korean);
        w.WriteStartElement("span");
        w.WriteAttributeString("class", "en");
        w.WriteAttributeString("lang", "en");
        w.WriteString(english);
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Row(XmlWriter w, string cell, params (string Text, string? Class)[] cells)
    {
        w.WriteStartElement("tr");
        foreach (var (text, cssClass) in cells)
        {
            w.WriteStartElement(cell);
            if (cell == "th")
            {
                w.WriteAttributeString("scope", "col");
            }

            if (cssClass is not null)
            {
                w.WriteAttributeString("class", cssClass);
            }

            w.WriteString(text);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void StartSvg(XmlWriter w, string id, int width, int height, string label, bool fit)
    {
        w.WriteStartElement("svg", Svg);
        w.WriteAttributeString("id", id);
        if (fit)
        {
            w.WriteAttributeString("class", "fit");
        }

        w.WriteAttributeString("width", width.ToString(Ic));
        w.WriteAttributeString("height", height.ToString(Ic));
        w.WriteAttributeString("viewBox", string.Create(Ic, $"0 0 {width} {height}"));
        w.WriteAttributeString("role", "img");
        w.WriteAttributeString("aria-label", label);
    }

    private static void Rect(XmlWriter w, string cssClass, int x, int y, int width, int height, string? title, params (string Name, string Value)[] extra)
    {
        w.WriteStartElement("rect", Svg);
        w.WriteAttributeString("class", cssClass);
        w.WriteAttributeString("x", x.ToString(Ic));
        w.WriteAttributeString("y", y.ToString(Ic));
        w.WriteAttributeString("width", width.ToString(Ic));
        w.WriteAttributeString("height", height.ToString(Ic));
        foreach (var (name, value) in extra)
        {
            w.WriteAttributeString(name, value);
        }

        if (title is not null)
        {
            w.WriteElementString("title", Svg, title);
        }

        w.WriteEndElement();
    }

    private static void Text(XmlWriter w, int x, int y, string text, string? anchor = null)
    {
        w.WriteStartElement("text", Svg);
        w.WriteAttributeString("x", x.ToString(Ic));
        w.WriteAttributeString("y", y.ToString(Ic));
        if (anchor is not null)
        {
            w.WriteAttributeString("text-anchor", anchor);
        }

        w.WriteString(text);
        w.WriteEndElement();
    }

    private static void Paragraph(XmlWriter w, string cssClass, string korean, string? english = null)
    {
        w.WriteStartElement("p");
        w.WriteAttributeString("class", cssClass);
        w.WriteString(korean);
        if (english is not null)
        {
            w.WriteString(" ");
            w.WriteStartElement("span");
            w.WriteAttributeString("lang", "en");
            w.WriteString(english);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void Element(XmlWriter w, string name, params (string Name, string Value)[] attributes)
    {
        w.WriteStartElement(name);
        foreach (var (n, v) in attributes)
        {
            w.WriteAttributeString(n, v);
        }

        w.WriteEndElement();
    }

    private static string Date(LocalDate d) => LocalDatePattern.Iso.Format(d);

    // "3월 5일(수)": the session day itself, as staff name it.
    private static string KoreanDay(LocalDate d) => string.Create(Ic, $"{d.Month}월 {d.Day}일({"월화수목금토일"[(int)d.DayOfWeek - 1]})");
}
