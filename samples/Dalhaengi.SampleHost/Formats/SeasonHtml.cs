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
/// Sections: the calendar (weeks × 읍면, one cell per session with its site and team on hover), the tier
/// distribution by 읍면, and the referral funnel.
/// </summary>
internal static partial class SeasonHtml
{
    private const string Xhtml = "http://www.w3.org/1999/xhtml";
    private const string Svg = "http://www.w3.org/2000/svg";
    private static readonly CultureInfo Ic = CultureInfo.InvariantCulture;

    private const string Css = """
        body { font-family: "Noto Sans KR", "Malgun Gothic", sans-serif; margin: 2rem; color: #222; max-width: 72rem; }
        h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
        .note { color: #666; font-size: 0.85rem; }
        svg text { font-size: 11px; fill: #333; }
        rect.session.held { fill: #2e7d32; } rect.session.planned { fill: #64b5f6; }
        rect.skipped { fill: #eeeeee; } rect.grid { fill: #fafafa; stroke: #e0e0e0; }
        rect.session:hover { stroke: #000; stroke-width: 2; }
        .legend span { display: inline-block; width: 0.9rem; height: 0.9rem; vertical-align: middle; margin: 0 0.3rem 0 1rem; }
        table.figures td { padding: 0.1rem 1rem 0.1rem 0; } table.figures td.n { text-align: right; }
        """;

    private static readonly string[] TierColours = ["#c8e6c9", "#fff176", "#ffa726", "#e53935", "#8e24aa", "#3949ab"];

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
            w.WriteElementString("h1", page.Title);
            Paragraph(w, "note", $"Generated {InstantPattern.General.Format(page.GeneratedAt)} by Dalhaengi.Core. Sample data: households, sessions and referrals are synthetic.");
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
            w.WriteFullEndElement();
        }

        return sb.Append('\n').ToString();
    }

    private static void WriteFigures(XmlWriter w, SeasonFigures f)
    {
        w.WriteElementString("h2", "Season so far");
        w.WriteStartElement("table");
        w.WriteAttributeString("class", "figures");
        foreach (var (label, value) in new[]
        {
            ("sessions held", f.SessionsHeld), ("sessions cancelled", f.SessionsCancelled), ("residents served", f.ResidentsServed),
            ("services delivered", f.ServicesDelivered), ("items handed out", f.ItemsDistributed), ("findings (유소견)", f.Findings),
            ("referrals", f.Referrals), ("resolved within deadline", f.ReferralsClosedResolvedWithinDeadline),
        })
        {
            w.WriteStartElement("tr");
            w.WriteElementString("td", label);
            w.WriteStartElement("td");
            w.WriteAttributeString("class", "n");
            w.WriteString(value.ToString("N0", Ic));
            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void WriteFunnel(XmlWriter w, IReadOnlyList<Referral> referrals)
    {
        bool Reached(Referral r, ReferralState s) => r.State == s || r.History.Any(t => t.To == s);
        var stages = new (string Label, int Count)[]
        {
            ("referred (의뢰)", referrals.Count),
            ("accepted (접수)", referrals.Count(r => Reached(r, ReferralState.Accepted))),
            ("in service (서비스 중)", referrals.Count(r => Reached(r, ReferralState.InService))),
            ("closed (종결)", referrals.Count(r => r.State == ReferralState.Closed)),
        };
        w.WriteElementString("h2", "Referral funnel");
        const int Label = 170, Width = 480, Row = 26;
        StartSvg(w, "funnel", Label + Width + 60, (stages.Length * Row) + 4, "Referral funnel: referred, accepted, in service, closed");
        for (var i = 0; i < stages.Length; i++)
        {
            var (label, count) = stages[i];
            var width = referrals.Count == 0 ? 0 : Math.Max(count == 0 ? 0 : 2, Width * count / referrals.Count);
            Text(w, 0, (i * Row) + 16, label);
            Rect(w, "stage", Label, i * Row, width, Row - 6, $"{label}: {count}", ("fill", "#5c6bc0"));
            Text(w, Label + width + 6, (i * Row) + 16, count.ToString("N0", Ic));
        }

        w.WriteEndElement();
    }

    private static void StartSvg(XmlWriter w, string id, int width, int height, string label)
    {
        w.WriteStartElement("svg", Svg);
        w.WriteAttributeString("id", id);
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

    private static void Paragraph(XmlWriter w, string cssClass, string text)
    {
        w.WriteStartElement("p");
        w.WriteAttributeString("class", cssClass);
        w.WriteString(text);
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
}
