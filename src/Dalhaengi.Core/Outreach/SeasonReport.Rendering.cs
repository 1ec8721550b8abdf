using System.Globalization;
using System.Text;
using Dalhaengi.Core.Geography;
using NodaTime;
using NodaTime.Text;

namespace Dalhaengi.Core.Outreach;

/// <summary>Renders the report as Markdown and CSV.</summary>
public sealed partial class SeasonReport
{
    private static readonly SeasonMeasure[] TableMeasures =
    [
        SeasonMeasure.SessionsHeld, SeasonMeasure.SessionsCancelled, SeasonMeasure.ResidentsServed,
        SeasonMeasure.ServicesDelivered, SeasonMeasure.ItemsDistributed, SeasonMeasure.Findings,
        SeasonMeasure.Referrals, SeasonMeasure.ReferralsClosedResolvedWithinDeadline,
        SeasonMeasure.CasesOpened, SeasonMeasure.CasesClosed,
    ];

    private static readonly YearMonthPattern MonthPattern = YearMonthPattern.Iso;

    /// <summary>Renders the report as Markdown: totals, then tables by district, by month, by service and by partner.</summary>
    /// <param name="municipality">Names districts when given; otherwise districts show by code.</param>
    /// <returns>The Markdown text, lines ending in <c>\n</c>.</returns>
    public string ToMarkdown(Municipality? municipality = null)
    {
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"# Season report {Day(Season.Start)} to {Day(Season.End)}\n\n## Totals\n\n| Measure | Count |\n|---|---:|\n");
        foreach (var m in SeasonFigures.Measures)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {SeasonMeasureNames.Label(m)} | {Total[m]} |\n");
        }

        FiguresTable(md, "By district", "District", ByDistrict.Select(d => (DistrictLabel(d.Key, municipality), d.Value)));
        FiguresTable(md, "By month", "Month", ByMonth.Select(m => (MonthPattern.Format(m.Key), m.Value)));

        md.Append("\n## Services by kind\n\n| Service | Delivered |\n|---|---:|\n");
        foreach (var (service, count) in ServicesByKind)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {service} | {count} |\n");
        }

        md.Append("\n## By partner\n\n| Partner | Services delivered | Referrals | Referrals closed resolved within deadline |\n|---|---:|---:|---:|\n");
        foreach (var (partner, f) in ByPartner)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {partner} | {f.ServicesDelivered} | {f.Referrals} | {f.ReferralsClosedResolvedWithinDeadline} |\n");
        }

        return md.ToString();
    }

    /// <summary>
    /// Renders the report as one CSV table in long form, a row per figure:
    /// <c>breakdown,key,label,measure,value</c>.
    /// </summary>
    /// <param name="municipality">Fills the label column with district names when given.</param>
    /// <returns>The CSV text with a header row, lines ending in <c>\n</c>.</returns>
    /// <remarks>
    /// <c>breakdown</c> is <c>total</c>, <c>district</c> (key: district code), <c>month</c> (key: <c>yyyy-MM</c>),
    /// <c>service</c> (key: service code) or <c>partner</c> (key: partner id). Measures are snake-case names of
    /// <see cref="SeasonMeasure"/>; partner rows use <c>services_delivered</c>, <c>referrals</c> and
    /// <c>referrals_closed_resolved_within_deadline</c>. Every district and month row lists every measure, so summing
    /// a measure over one breakdown gives the total.
    /// </remarks>
    public string ToCsv(Municipality? municipality = null)
    {
        var csv = new StringBuilder("breakdown,key,label,measure,value\n");
        void Row(string breakdown, string key, string label, string measure, long value) =>
            csv.Append(CultureInfo.InvariantCulture, $"{breakdown},{Escape(key)},{Escape(label)},{measure},{value}\n");

        foreach (var m in SeasonFigures.Measures)
        {
            Row("total", "", "", SeasonMeasureNames.Key(m), Total[m]);
        }

        foreach (var (district, figures) in ByDistrict)
        {
            var label = municipality?.FindDistrict(district)?.Name.Korean ?? "";
            foreach (var m in SeasonFigures.Measures)
            {
                Row("district", district.Value, label, SeasonMeasureNames.Key(m), figures[m]);
            }
        }

        foreach (var (month, figures) in ByMonth)
        {
            foreach (var m in SeasonFigures.Measures)
            {
                Row("month", MonthPattern.Format(month), "", SeasonMeasureNames.Key(m), figures[m]);
            }
        }

        foreach (var (service, count) in ServicesByKind)
        {
            Row("service", service.Value, "", SeasonMeasureNames.Key(SeasonMeasure.ServicesDelivered), count);
        }

        foreach (var (partner, f) in ByPartner)
        {
            Row("partner", partner.Value, "", SeasonMeasureNames.Key(SeasonMeasure.ServicesDelivered), f.ServicesDelivered);
            Row("partner", partner.Value, "", SeasonMeasureNames.Key(SeasonMeasure.Referrals), f.Referrals);
            Row("partner", partner.Value, "", SeasonMeasureNames.Key(SeasonMeasure.ReferralsClosedResolvedWithinDeadline), f.ReferralsClosedResolvedWithinDeadline);
        }

        return csv.ToString();
    }

    private static void FiguresTable(StringBuilder md, string title, string keyHeader, IEnumerable<(string Key, SeasonFigures Figures)> rows)
    {
        md.Append(CultureInfo.InvariantCulture, $"\n## {title}\n\n| {keyHeader} |");
        foreach (var m in TableMeasures)
        {
            md.Append(CultureInfo.InvariantCulture, $" {SeasonMeasureNames.Label(m)} |");
        }

        md.Append("\n|---|").Append(string.Concat(Enumerable.Repeat("---:|", TableMeasures.Length))).Append('\n');
        foreach (var (key, figures) in rows)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {key} |");
            foreach (var m in TableMeasures)
            {
                md.Append(CultureInfo.InvariantCulture, $" {figures[m]} |");
            }

            md.Append('\n');
        }
    }

    private static string DistrictLabel(DistrictCode code, Municipality? municipality) =>
        municipality?.FindDistrict(code) is { } d ? $"{d.Name.Korean} ({code})" : code.Value;

    private static string Day(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Escape(string field) =>
        field.AsSpan().IndexOfAny(",\"\n\r") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
