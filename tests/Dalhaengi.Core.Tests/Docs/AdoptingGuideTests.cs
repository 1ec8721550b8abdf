using Dalhaengi.Core.DependencyInjection;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Rotation;
using Microsoft.Extensions.DependencyInjection;

namespace Dalhaengi.Core.Tests.Docs;

/// <summary>Keeps <c>docs/adopting.md</c> true: its snippets compile (they live in <see cref="AdoptingGuideSnippets"/>) and run on its example files.</summary>
public sealed class AdoptingGuideTests
{
    internal static readonly string RepositoryRoot = FindRoot();
    private static readonly string Root = RepositoryRoot;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dalhaengi.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with Dalhaengi.Core.sln) is not above the test's folder.");
    }

    private static string[] Trimmed(IEnumerable<string> lines) => [.. lines.Select(l => l.Trim()).Where(l => l.Length > 0)];

    public static TheoryData<int, string> Snippets()
    {
        var data = new TheoryData<int, string>();
        var lines = File.ReadAllLines(Path.Combine(Root, "docs", "adopting.md"));
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() == "```csharp")
            {
                var end = Array.FindIndex(lines, i + 1, l => l.Trim() == "```");
                data.Add(i + 1, string.Join('\n', lines[(i + 1)..end]));
                i = end;
            }
        }

        return data;
    }

    [Fact]
    public void Guide_HasSnippets()
    {
        Assert.True(Snippets().Count >= 6);
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippet_AppearsLineForLineInTheCompiledSnippetFile(int line, string snippet)
    {
        var code = Trimmed(File.ReadAllLines(Path.Combine(Root, "tests", "Dalhaengi.Core.Tests", "Docs", "AdoptingGuideSnippets.cs")));
        var lines = Trimmed(snippet.Split('\n'));
        // A snippet shows its using lines first; each must be one the compiled file has, and the code follows them.
        var usings = lines.TakeWhile(l => l.StartsWith("using ", StringComparison.Ordinal) && l.EndsWith(';')).ToList();
        var wanted = lines[usings.Count..];
        Assert.True(usings.Count > 0, $"docs/adopting.md line {line}: show the snippet's using lines");
        Assert.All(usings, u => Assert.Contains(u, code));

        var found = Enumerable.Range(0, code.Length - wanted.Length + 1).Any(start => code.AsSpan(start, wanted.Length).SequenceEqual(wanted));

        Assert.True(found, $"docs/adopting.md line {line}: this snippet is not in AdoptingGuideSnippets.cs:\n{snippet}");
    }

    [Fact]
    public void FirstPlan_OnTheGuidesExampleFiles_PlansChuncheonsSeason()
    {
        var (chuncheon, roster, evaluator, plan) = AdoptingGuideSnippets.FirstPlan(Path.Combine(Root, "docs", "examples", "chuncheon"));

        Assert.Equal(25, chuncheon.Districts.Count);
        Assert.DoesNotContain(plan.Sessions, s => s.Date >= new NodaTime.LocalDate(2026, 10, 14) && s.Date <= new NodaTime.LocalDate(2026, 10, 16));
        Assert.Equal("chuncheon.outreach", evaluator.RuleSet.Id);
        Assert.NotEmpty(plan.Sessions);
        Assert.All(plan.Sessions, s => Assert.Equal(NodaTime.IsoDayOfWeek.Thursday, s.Date.DayOfWeek));
        Assert.DoesNotContain(plan.Sessions, s => s.Date.Month == 8 && s.Date.Day <= 7);
        Assert.Contains(plan.Sessions[0].Team, m => roster.GetPartner(m.Partner).Presence == PartnerPresence.Local);
    }

    [Fact]
    public void WorkerRegistrations_ResolveChuncheonsRosterAndPlanner()
    {
        var dir = Path.Combine(Root, "docs", "examples", "chuncheon");
        var services = new ServiceCollection();
        services.AddDalhaengi(o => o.UseCity(Dalhaengi.Core.Cities.CityFolder.Load(dir)));
        using var provider = services.BuildServiceProvider();

        Assert.Equal("춘천시", provider.GetRequiredService<Dalhaengi.Core.Geography.Municipality>().Name.Korean);
        Assert.Contains(provider.GetRequiredService<PartnerRoster>().Partners, p => p.Id.Value == "cc-office-sinbuk");
        Assert.NotNull(provider.GetRequiredService<RotationPlanner>());
    }
}
