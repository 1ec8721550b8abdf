using System.Globalization;
using System.Text;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Outreach;
using Dalhaengi.Core.Partners;
using NodaTime;

namespace Dalhaengi.SampleHost.Formats;

/// <summary>
/// The season report as Markdown for county staff: Korean headings, districts, services and partners by their Korean
/// names (the codes the library keys them by are not shown), numbers with thousands separators, and each measure's
/// definition in the totals table. The library's <c>SeasonReport.ToMarkdown</c> stays the code-keyed form.
/// </summary>
internal static class ReportMarkdown
{
    private static readonly CultureInfo Ic = CultureInfo.InvariantCulture;

    /// <summary>The measures the district and month tables show, in this order.</summary>
    public static readonly SeasonMeasure[] TableMeasures =
    [
        SeasonMeasure.SessionsHeld, SeasonMeasure.SessionsCancelled, SeasonMeasure.ResidentsServed,
        SeasonMeasure.ServicesDelivered, SeasonMeasure.ItemsDistributed, SeasonMeasure.Findings,
        SeasonMeasure.Referrals, SeasonMeasure.ReferralsClosedResolvedWithinDeadline,
        SeasonMeasure.CasesOpened, SeasonMeasure.CasesClosed,
    ];

    public static string Write(SeasonReport report, Municipality municipality, PartnerRoster roster)
    {
        var md = new StringBuilder();
        md.Append(Ic, $"# {municipality.Name.Korean} 달리는 행복나눔 이웃들 시즌 보고서: {Day(report.Season.Start)} ~ {Day(report.Season.End)}\n\n");
        md.Append("## 합계\n\n| 항목 | 값 | 정의 |\n|---|---:|---|\n");
        foreach (var m in SeasonFigures.Measures)
        {
            md.Append(Ic, $"| {MeasureText.Label(m)} | {N(report.Total[m])} | {Cell(MeasureText.Definition(m))} |\n");
        }

        Table(md, "읍면별", "읍면", report.ByDistrict.Select(d => (municipality.FindDistrict(d.Key)?.Name.Korean ?? d.Key.Value, d.Value)));
        Table(md, "월별", "월", report.ByMonth.Select(m => (Month(m.Key), m.Value)));

        md.Append("\n## 서비스별\n\n| 서비스 | 제공 건수 |\n|---|---:|\n");
        foreach (var (service, count) in report.ServicesByKind.OrderByDescending(s => s.Value).ThenBy(s => s.Key.Value, StringComparer.Ordinal))
        {
            md.Append(Ic, $"| {Cell(Names.Service(roster, service))} | {N(count)} |\n");
        }

        md.Append(Ic, $"\n## 기관별\n\n| 기관 | {MeasureText.Label(SeasonMeasure.ServicesDelivered)} | {MeasureText.Label(SeasonMeasure.Referrals)} | {MeasureText.Label(SeasonMeasure.ReferralsClosedResolvedWithinDeadline)} |\n|---|---:|---:|---:|\n");
        foreach (var (partner, f) in report.ByPartner)
        {
            md.Append(Ic, $"| {Cell(Names.Partner(roster, partner))} | {N(f.ServicesDelivered)} | {N(f.Referrals)} | {N(f.ReferralsClosedResolvedWithinDeadline)} |\n");
        }

        md.Append("\n각 항목의 정의는 '합계' 표에 있습니다. 가구·회차·의뢰 자료는 표본(합성) 자료입니다.\n");
        return md.ToString();
    }

    public static string N(long value) => value.ToString("N0", Ic);

    public static string Month(YearMonth month) => string.Create(Ic, $"{month.Year}년 {month.Month}월");

    private static void Table(StringBuilder md, string title, string keyHeader, IEnumerable<(string Key, SeasonFigures Figures)> rows)
    {
        md.Append(Ic, $"\n## {title}\n\n| {keyHeader} |");
        foreach (var m in TableMeasures)
        {
            md.Append(Ic, $" {MeasureText.Label(m)} |");
        }

        md.Append("\n|---|").Append(string.Concat(Enumerable.Repeat("---:|", TableMeasures.Length))).Append('\n');
        foreach (var (key, figures) in rows)
        {
            md.Append(Ic, $"| {Cell(key)} |");
            foreach (var m in TableMeasures)
            {
                md.Append(Ic, $" {N(figures[m])} |");
            }

            md.Append('\n');
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static string Day(LocalDate date) => date.ToString("uuuu'-'MM'-'dd", Ic);
}
