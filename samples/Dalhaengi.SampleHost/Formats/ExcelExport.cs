using System.IO.Compression;
using System.Text.RegularExpressions;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Outreach;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Risk;
using Dalhaengi.Core.Rotation;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using NodaTime;

namespace Dalhaengi.SampleHost.Formats;

/// <summary>
/// Excel workbooks (.xlsx, written by MiniExcel, streamed row by row) of the plan, the season report and a screening:
/// Korean headers, typed cells (dates as Excel dates, counts and scores as numbers, so staff can sort, filter and sum),
/// the header row frozen and an auto-filter on it. Column contracts are in docs/outputs.md.
/// </summary>
internal static class ExcelExport
{
    public const string DateHeader = "날짜";

    private static OpenXmlConfiguration Configuration(params string[] dateColumns) => new()
    {
        FreezeRowCount = 1,
        FreezeColumnCount = 0,
        AutoFilter = true,
        EnableAutoWidth = true,
        FastMode = true,
        DynamicColumns = [.. dateColumns.Select(c => new DynamicExcelColumn(c) { Format = "yyyy-mm-dd", Width = 12 })],
    };

    public static void Plan(string path, RotationPlan plan, Municipality municipality, PartnerRoster roster)
    {
        MiniExcel.SaveAs(path, PlanRows(plan, municipality, roster), sheetName: "계획", excelType: ExcelType.XLSX,
            configuration: Configuration(DateHeader), overwriteFile: true);
        MakeDeterministic(path);
    }

    public static IEnumerable<Dictionary<string, object?>> PlanRows(RotationPlan plan, Municipality municipality, PartnerRoster roster)
    {
        var sessions = plan.Sessions.Select(s => (s.Date, s.Slot, Order: 1, Row: new Dictionary<string, object?>
        {
            [DateHeader] = Cell(s.Date),
            ["요일"] = Weekday(s.Date.DayOfWeek),
            ["회차"] = s.Slot,
            ["상태"] = Names.Status(s.Status),
            ["읍면"] = municipality.GetDistrict(s.District).Name.Korean,
            ["장소"] = municipality.GetSite(s.Site).Name.Korean,
            ["참여 기관 수"] = s.Team.Count,
            ["참여 기관"] = string.Join(", ", s.Team.Select(m => Names.Partner(roster, m.Partner))),
            ["사유"] = string.Empty,
            ["읍면 코드"] = s.District.Value,
            ["장소 ID"] = s.Site.Value,
            ["기관 ID"] = string.Join(";", s.Team.Select(m => m.Partner.Value)),
        }));
        var skipped = plan.Skipped.Select(k => (k.Date, Slot: k.Slot ?? 0, Order: 0, Row: new Dictionary<string, object?>
        {
            [DateHeader] = Cell(k.Date),
            ["요일"] = Weekday(k.Date.DayOfWeek),
            ["회차"] = k.Slot,
            ["상태"] = "건너뜀",
            ["읍면"] = null,
            ["장소"] = null,
            ["참여 기관 수"] = null,
            ["참여 기관"] = null,
            ["사유"] = $"{Names.Skip(k.Reason)}: {k.Description}",
            ["읍면 코드"] = null,
            ["장소 ID"] = null,
            ["기관 ID"] = null,
        }));
        return sessions.Concat(skipped).OrderBy(r => r.Date).ThenBy(r => r.Slot).ThenBy(r => r.Order).Select(r => r.Row);
    }

    public static void Report(string path, SeasonReport report, Municipality municipality, PartnerRoster roster)
    {
        var sheets = new Dictionary<string, object>
        {
            ["합계"] = SeasonFigures.Measures.Select(m => new Dictionary<string, object?>
            {
                ["항목"] = MeasureText.Label(m), ["값"] = report.Total[m], ["정의"] = MeasureText.Definition(m),
            }),
            ["읍면별"] = report.ByDistrict.Select(d => Figures("읍면", municipality.FindDistrict(d.Key)?.Name.Korean ?? d.Key.Value, d.Value)),
            ["월별"] = report.ByMonth.Select(m => Figures("월", ReportMarkdown.Month(m.Key), m.Value)),
            ["서비스별"] = report.ServicesByKind.Select(s => new Dictionary<string, object?>
            {
                ["서비스"] = Names.Service(roster, s.Key), [MeasureText.Label(SeasonMeasure.ServicesDelivered)] = s.Value, ["서비스 코드"] = s.Key.Value,
            }),
            ["기관별"] = report.ByPartner.Select(p => new Dictionary<string, object?>
            {
                ["기관"] = Names.Partner(roster, p.Key),
                [MeasureText.Label(SeasonMeasure.ServicesDelivered)] = p.Value.ServicesDelivered,
                [MeasureText.Label(SeasonMeasure.Referrals)] = p.Value.Referrals,
                [MeasureText.Label(SeasonMeasure.ReferralsClosedResolvedWithinDeadline)] = p.Value.ReferralsClosedResolvedWithinDeadline,
                ["기관 ID"] = p.Key.Value,
            }),
        };
        MiniExcel.SaveAs(path, sheets, excelType: ExcelType.XLSX, configuration: Configuration(), overwriteFile: true);
        MakeDeterministic(path);
    }

    public static void Screen(string path, IEnumerable<ScreenRow> rows, IReadOnlyList<RiskTier> tiers)
    {
        MiniExcel.SaveAs(path, rows.Select(r => new Dictionary<string, object?>
        {
            ["가구 ID"] = r.Household,
            ["읍면"] = r.DistrictName,
            ["읍면 코드"] = r.District,
            ["점수"] = r.Score,
            ["위험 등급"] = tiers[r.Tier].Name.Korean,
            ["등급 ID"] = tiers[r.Tier].Id,
            ["사유"] = r.Reasons,
        }), sheetName: "선별 결과", excelType: ExcelType.XLSX, configuration: Configuration(), overwriteFile: true);
        MakeDeterministic(path);
    }

    /// <summary>One screened household, as the <c>screen</c> command lists it.</summary>
    public sealed record ScreenRow(string Household, string District, string DistrictName, int Score, int Tier, string Reasons);

    // The main job promises the same files for the same clock and seed. MiniExcel stamps zip entries with the time of
    // writing and names sheet relationships with random GUIDs; both are rewritten (ids in order of first use, a fixed
    // entry time), which changes nothing Excel reads.
    private static void MakeDeterministic(string path)
    {
        var entries = new List<(string Name, byte[] Content)>();
        using (var zip = ZipFile.OpenRead(path))
        {
            foreach (var e in zip.Entries)
            {
                using var stream = e.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                entries.Add((e.FullName, copy.ToArray()));
            }
        }

        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var guidId = new Regex("\\bR[0-9a-f]{32}\\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
        File.Delete(path);
        using var output = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, content) in entries)
        {
            var bytes = content;
            if (name.EndsWith(".xml", StringComparison.Ordinal) || name.EndsWith(".rels", StringComparison.Ordinal))
            {
                var text = System.Text.Encoding.UTF8.GetString(content);
                var rewritten = guidId.Replace(text, m =>
                {
                    if (!ids.TryGetValue(m.Value, out var id))
                    {
                        id = "rIdD" + (ids.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                        ids.Add(m.Value, id);
                    }

                    return id;
                });
                bytes = ReferenceEquals(rewritten, text) || rewritten == text ? content : System.Text.Encoding.UTF8.GetBytes(rewritten);
            }

            var entry = output.CreateEntry(name, CompressionLevel.Optimal);
            entry.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
            using var target = entry.Open();
            target.Write(bytes);
        }
    }

    // Excel has no date-only type; a DateTime at midnight with a date format is what it writes itself.
    private static DateTime Cell(LocalDate date) => date.ToDateTimeUnspecified();

    private static Dictionary<string, object?> Figures(string keyHeader, string key, SeasonFigures figures)
    {
        var row = new Dictionary<string, object?> { [keyHeader] = key };
        foreach (var m in ReportMarkdown.TableMeasures)
        {
            row[MeasureText.Label(m)] = figures[m];
        }

        return row;
    }

    private static string Weekday(IsoDayOfWeek day) => "월화수목금토일"[(int)day - 1].ToString();
}
