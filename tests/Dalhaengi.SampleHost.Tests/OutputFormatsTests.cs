using Microsoft.Extensions.DependencyInjection;
using Microsoft.VisualBasic.FileIO;
using NodaTime;
using NodaTime.Testing;

namespace Dalhaengi.SampleHost.Tests;

/// <summary>
/// The files county staff open: every CSV the host writes is UTF-8 with a byte order mark and CRLF, read back with a
/// real CSV parser; readers take files with or without the mark.
/// </summary>
public sealed partial class OutputFormatsTests : IDisposable
{
    private static readonly string[] Season = ["plan", "--from", "2025-03-05", "--to", "2025-12-17", "--weekday", "wed"];
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];
    private readonly string _dir = Directory.CreateTempSubdirectory("dalhaengi-formats-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static void Services(IServiceCollection services) =>
        services.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2025, 1, 20, 9, 0)));

    private string PathOf(string name) => Path.Combine(_dir, name);

    // A CSV as Excel or pandas sees it: the bytes start with the mark, every line ends in CRLF, and a real parser
    // (TextFieldParser, which honours RFC 4180 quoting) gives the same number of fields on every row.
    private static List<string[]> AssertExcelCsv(byte[] bytes, string header)
    {
        Assert.True(bytes.AsSpan().StartsWith(Bom), "the file starts with the UTF-8 byte order mark");
        var text = System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.DoesNotContain('\uFEFF', text);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.Equal(text.Split('\n').Length - 1, text.Split("\r\n").Length - 1 + CountQuotedLineFeeds(text));

        using var parser = new TextFieldParser(new MemoryStream(bytes), System.Text.Encoding.UTF8) { HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        Assert.Equal(header, string.Join(',', rows[0]));
        Assert.All(rows, r => Assert.Equal(rows[0].Length, r.Length));
        return rows;
    }

    // Line feeds inside quoted fields are data, not line ends; the host writes none today, so this counts 0.
    private static int CountQuotedLineFeeds(string text)
    {
        var quoted = false;
        var n = 0;
        foreach (var c in text)
        {
            quoted ^= c == '"';
            n += quoted && c == '\n' ? 1 : 0;
        }

        return n;
    }

    private static byte[] Bytes(string stdout) => System.Text.Encoding.UTF8.GetBytes(stdout);

    [Fact]
    public void PlanCsv_File_IsUtf8WithBomAndCrlfAndParses()
    {
        var result = HostRunner.Run(Services, [.. Season, "--format", "csv", "--out", PathOf("plan.csv")]);

        Assert.Equal(0, result.ExitCode);
        var rows = AssertExcelCsv(File.ReadAllBytes(PathOf("plan.csv")), "date,slot,status,district,site,partners,reason");
        Assert.Equal(41, rows.Count(r => r[2] == "planned"));
        Assert.Contains(rows, r => r[0] == "2025-10-08" && r[2] == "skipped" && r[6].StartsWith("holiday: 대체공휴일", StringComparison.Ordinal));
    }

    [Fact]
    public void PlanCsv_StandardOutput_CarriesTheBomToo()
    {
        var result = HostRunner.Run(Services, [.. Season, "--format", "csv"]);

        AssertExcelCsv(Bytes(result.Out), "date,slot,status,district,site,partners,reason");
    }

    [Fact]
    public void GeneratedHouseholdsSignalsAndOutcomes_AreUtf8WithBomAndCrlf()
    {
        Assert.Equal(0, HostRunner.Run("generate-households", "--seed", "7", "--households", "300", "--out", _dir, "--as-of", "2025-01-31").ExitCode);
        Assert.Equal(0, HostRunner.Run("generate-outcomes", "--households", _dir, "--as-of", "2025-01-31", "--out", PathOf("outcomes.csv")).ExitCode);

        var households = AssertExcelCsv(File.ReadAllBytes(PathOf("households.csv")), File.ReadLines(PathOf("households.csv")).First());
        Assert.Equal(301, households.Count);
        AssertExcelCsv(File.ReadAllBytes(PathOf("signals.csv")), File.ReadLines(PathOf("signals.csv")).First());
        AssertExcelCsv(File.ReadAllBytes(PathOf("outcomes.csv")), "household_id,crisis_confirmed,verified_on");
    }

    [Fact]
    public void Screen_WritesBomCrlfCsv_AndReadsHouseholdsWithOrWithoutTheBom()
    {
        HostRunner.Run("generate-households", "--seed", "7", "--households", "300", "--out", _dir, "--as-of", "2025-01-31");
        var withBom = HostRunner.Run("screen", "--households", _dir, "--as-of", "2025-01-31");
        foreach (var file in new[] { "households.csv", "signals.csv" })
        {
            var bytes = File.ReadAllBytes(PathOf(file));
            Assert.True(bytes.AsSpan().StartsWith(Bom));
            File.WriteAllBytes(PathOf(file), bytes[3..]);
        }

        var withoutBom = HostRunner.Run("screen", "--households", _dir, "--as-of", "2025-01-31");

        Assert.Equal(0, withBom.ExitCode);
        var rows = AssertExcelCsv(Bytes(withBom.Out), "household_id,district,score,tier,reasons");
        Assert.Equal(301, rows.Count);
        Assert.Equal(withBom.Out, withoutBom.Out);
    }

    [Fact]
    public void Replan_ReadsAPlanWithOrWithoutTheBomAndAHeldRecordWithIt_AndNamesACancellationOnce()
    {
        HostRunner.Run(Services, [.. Season, "--format", "csv", "--out", PathOf("plan.csv")]);
        var first = File.ReadAllLines(PathOf("plan.csv")).First(l => l.StartsWith("2025-03-05,1,planned,", StringComparison.Ordinal)).Split(',');
        // The held record as Excel saves "CSV UTF-8": with the mark.
        File.WriteAllText(PathOf("held.csv"), $"date,slot,site,status\r\n2025-03-05,1,{first[4]},cancelled\r\n", new System.Text.UTF8Encoding(true));
        Assert.True(File.ReadAllBytes(PathOf("held.csv")).AsSpan().StartsWith(Bom));
        File.WriteAllBytes(PathOf("plan-nobom.csv"), File.ReadAllBytes(PathOf("plan.csv"))[3..]);

        var replans = new[] { "plan.csv", "plan-nobom.csv" }.Select(p => HostRunner.Run(Services,
            "replan", "--plan", PathOf(p), "--held", PathOf("held.csv"), "--from", "2025-03-06", "--format", "csv")).ToList();

        Assert.All(replans, r => Assert.Equal(0, r.ExitCode));
        Assert.Equal(replans[0].Out, replans[1].Out);
        var rows = AssertExcelCsv(Bytes(replans[0].Out), "date,slot,status,district,site,partners,reason");
        var cancelled = Assert.Single(rows, r => r[0] == "2025-03-05");
        Assert.StartsWith("cancelled: ", cancelled[6], StringComparison.Ordinal);
        Assert.DoesNotContain("cancelled: cancelled", cancelled[6], StringComparison.Ordinal);
    }
}
