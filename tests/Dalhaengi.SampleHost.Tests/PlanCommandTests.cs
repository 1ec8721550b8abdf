using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Dalhaengi.SampleHost.Tests;

/// <summary>The <c>plan</c> command's risk weighting (<c>--households</c>) and its HTML page (<c>--html</c>).</summary>
public sealed class PlanCommandTests : IDisposable
{
    private static readonly string[] Season = ["plan", "--from", "2025-03-05", "--to", "2025-12-17", "--weekday", "wed", "--format", "csv"];
    private readonly string _dir = Directory.CreateTempSubdirectory("dalhaengi-plan-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static void Services(IServiceCollection services) =>
        services.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2025, 1, 20, 9, 0)));

    private static Dictionary<string, string> FairShares(string stderr) => stderr.Split('\n')
        .Where(l => l.Contains("fair share", StringComparison.Ordinal) && l.StartsWith("  ", StringComparison.Ordinal))
        .ToDictionary(l => l.Trim().Split(':')[0], l => l.Trim(), StringComparer.Ordinal);

    [Fact]
    public void Plan_WithHouseholds_WeighsDistrictsByScreenedHighAndUrgentHouseholds()
    {
        var households = Path.Combine(_dir, "households");
        Assert.Equal(0, HostRunner.Run(Services, "generate-households", "--seed", "7", "--households", "5000", "--as-of", "2025-03-01", "--out", households).ExitCode);

        var byPopulation = HostRunner.Run(Services, Season);
        var byRisk = HostRunner.Run(Services, [.. Season, "--households", households]);

        Assert.Equal(0, byRisk.ExitCode);
        Assert.Contains("weights: high and urgent households screened with kr.national-outreach", byRisk.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("weight-fallback", byRisk.Error, StringComparison.Ordinal);
        var before = FairShares(byPopulation.Error);
        var after = FairShares(byRisk.Error);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(before.Keys, d => before[d] != after[d]);
        Assert.Equal(byPopulation.Lines.Length, byRisk.Lines.Length);
    }

    [Fact]
    public void Plan_WithHtml_WritesThePageWithOneCellPerSession()
    {
        var html = Path.Combine(_dir, "plan.html");

        var result = HostRunner.Run(Services, [.. Season, "--html", html]);

        Assert.Equal(0, result.ExitCode);
        var sessions = result.Lines.Count(l => l.Contains(",planned,", StringComparison.Ordinal));
        var page = MainJobTests.ParseHtml(html);
        var cells = page.Descendants().Count(e => e.Name.LocalName == "rect" && ((string?)e.Attribute("class"))?.StartsWith("session ", StringComparison.Ordinal) == true);
        Assert.Equal(sessions, cells);
        Assert.Equal(41, cells);
        Assert.Contains(page.Descendants(), e => e.Name.LocalName == "title" && e.Value.StartsWith("3월 5일(수) 예정 · ", StringComparison.Ordinal));
    }
}
