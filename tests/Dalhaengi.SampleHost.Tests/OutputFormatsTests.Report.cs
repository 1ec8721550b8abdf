using System.Text.RegularExpressions;
using Dalhaengi.Core.Partners;
using Dalhaengi.SampleHost.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Dalhaengi.SampleHost.Tests;

/// <summary>The season report as staff read it: names instead of codes, Korean number formatting, each measure defined.</summary>
public sealed partial class OutputFormatsTests
{
    private HostRunner.Result Report(params string[] args) => HostRunner.Run(
        s =>
        {
            s.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2025, 1, 10, 1, 0)));
            s.AddSingleton(new StorageLocation(PathOf("dalhaengi.db")));
        },
        ["report", "--season", "2024", .. args]);

    [Fact]
    public void ReportMarkdown_NamesServicesAndPartners_FormatsNumbers_AndDefinesEachMeasure()
    {
        var result = Report();

        Assert.Equal(0, result.ExitCode);
        var roster = BuiltInPartnerRosters.Yangpyeong;
        Assert.DoesNotContain(roster.Partners, p => result.Out.Contains("| " + p.Id.Value + " |", StringComparison.Ordinal));
        Assert.DoesNotContain(roster.Services, s => result.Out.Contains("| " + s.Code.Value + " |", StringComparison.Ordinal));
        Assert.Contains(roster.Partners, p => result.Out.Contains("| " + p.Name.Korean + " |", StringComparison.Ordinal));
        Assert.Contains(roster.Services, s => result.Out.Contains("| " + s.Name.Korean + " |", StringComparison.Ordinal));
        Assert.Contains("| 서비스 이용(건) | 8,110 |", result.Out, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex(@"\| [0-9]{4,} \|"), result.Out);
        var totals = result.Lines.SkipWhile(l => l != "## 합계").Skip(3).TakeWhile(l => l.StartsWith('|')).ToList();
        Assert.Equal(Core.Outreach.SeasonFigures.Measures.Count, totals.Count);
        Assert.All(totals, row => Assert.Matches(@"^\| [^|]+ \| [0-9,]+ \| [^|]*[가-힣][^|]* \|$", row));
    }

    [Fact]
    public void ReportCsv_IsUtf8WithBomAndCrlf_WithTheDocumentedColumns()
    {
        var result = Report("--format", "csv");

        var rows = AssertExcelCsv(Bytes(result.Out), "breakdown,key,label,measure,value");
        Assert.Contains(rows, r => r[0] == "total" && r[3] == "sessions_held" && r[4] == "35");
    }
}
