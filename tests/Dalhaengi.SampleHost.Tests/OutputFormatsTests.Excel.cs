using System.IO.Compression;
using System.Text.RegularExpressions;
using Dalhaengi.SampleHost.Storage;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using NodaTime;
using NodaTime.Testing;

namespace Dalhaengi.SampleHost.Tests;

/// <summary>The Excel workbooks, read back with MiniExcel's reader and checked at the OOXML level for the frozen header.</summary>
public sealed partial class OutputFormatsTests
{
    private static List<IDictionary<string, object?>> Sheet(string path, string sheet) =>
        [.. MiniExcel.Query(path, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>()];

    // Every worksheet freezes its first row: a pane split below row 1 in the frozen state.
    private static void AssertHeaderFrozen(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var sheets = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(sheets);
        foreach (var entry in sheets)
        {
            using var reader = new StreamReader(entry.Open());
            var xml = reader.ReadToEnd();
            var pane = Regex.Match(xml, "<(?:x:)?pane [^>]*>");
            Assert.True(pane.Success, $"{entry.FullName} has a pane");
            Assert.Contains("ySplit=\"1\"", pane.Value, StringComparison.Ordinal);
            Assert.Contains("state=\"frozen\"", pane.Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void PlanXlsx_HasKoreanHeadersTypedCellsAndAFrozenHeader()
    {
        var path = PathOf("plan.xlsx");

        var result = HostRunner.Run(Services, [.. Season, "--format", "xlsx", "--out", path]);

        Assert.Equal(0, result.ExitCode);
        var rows = Sheet(path, "계획");
        Assert.Equal(["날짜", "요일", "회차", "상태", "읍면", "장소", "참여 기관 수", "참여 기관", "사유", "읍면 코드", "장소 ID", "기관 ID"], rows[0].Keys);
        var sessions = rows.Where(r => (string?)r["상태"] == "예정").ToList();
        Assert.Equal(41, sessions.Count);
        Assert.Equal(new DateTime(2025, 3, 5), Assert.IsType<DateTime>(sessions[0]["날짜"]));
        Assert.Equal("수", sessions[0]["요일"]);
        Assert.Equal(1d, Convert.ToDouble(sessions[0]["회차"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.IsNotType<string>(sessions[0]["참여 기관 수"]);
        Assert.Contains("양평읍", sessions.Select(s => (string?)s["읍면"]));
        Assert.Contains(rows, r => (string?)r["상태"] == "건너뜀" && ((string?)r["사유"] ?? "").StartsWith("공휴일: 대체공휴일", StringComparison.Ordinal));
        AssertHeaderFrozen(path);
    }

    [Fact]
    public void PlanXlsx_WithoutOut_IsAnErrorNamingTheOption()
    {
        var result = HostRunner.Run(Services, [.. Season, "--format", "xlsx"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--out", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportXlsx_NamesPartnersAndServicesAndDefinesEachMeasure()
    {
        var path = PathOf("report.xlsx");
        var result = HostRunner.Run(
            s =>
            {
                s.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2025, 1, 10, 1, 0)));
                s.AddSingleton(new StorageLocation(PathOf("dalhaengi.db")));
            },
            "report", "--season", "2024", "--xlsx", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["합계", "읍면별", "월별", "서비스별", "기관별"], MiniExcel.GetSheetNames(path));
        var totals = Sheet(path, "합계");
        var held = Assert.Single(totals, r => (string?)r["항목"] == "실시 회차");
        Assert.Equal(35d, Convert.ToDouble(held["값"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(totals, r => Assert.False(string.IsNullOrWhiteSpace((string?)r["정의"])));
        Assert.All(Sheet(path, "기관별"), r => Assert.Matches("[가-힣]", (string?)r["기관"] ?? ""));
        Assert.All(Sheet(path, "서비스별"), r => Assert.NotEqual(r["서비스 코드"], r["서비스"]));
        AssertHeaderFrozen(path);
    }

    [Fact]
    public void ScreenXlsx_HasOneRowPerHouseholdWithNumericScores()
    {
        HostRunner.Run("generate-households", "--seed", "7", "--households", "300", "--out", _dir, "--as-of", "2025-01-31");
        var path = PathOf("screen.xlsx");

        var result = HostRunner.Run("screen", "--households", _dir, "--as-of", "2025-01-31", "--xlsx", path);

        Assert.Equal(0, result.ExitCode);
        var rows = Sheet(path, "선별 결과");
        Assert.Equal(300, rows.Count);
        var csv = result.Lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(csv.Select(f => f[0]), rows.Select(r => (string?)r["가구 ID"]));
        Assert.Equal(csv.Select(f => double.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture)),
            rows.Select(r => Convert.ToDouble(r["점수"], System.Globalization.CultureInfo.InvariantCulture)));
        AssertHeaderFrozen(path);
    }
}
