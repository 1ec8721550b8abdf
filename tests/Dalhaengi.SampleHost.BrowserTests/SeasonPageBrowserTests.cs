using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Dalhaengi.SampleHost.BrowserTests;

/// <summary>
/// The season page in a real headless Chromium with Korean fonts: on a phone (390 px), on a desktop (1400 px) and on
/// paper, checked for page width, contrast of marks and text, facts visible without hover, and axe-core's rules.
/// Screenshots and a PDF are saved as artifacts (see <see cref="Chromium.ArtifactsDirectory"/>).
/// </summary>
public sealed class SeasonPageBrowserTests(SeasonPageFixture fixture) : IClassFixture<SeasonPageFixture>
{
    // Contrast ratio (WCAG 2.2) of each element's colour against the white page, computed in the browser from the
    // styles it applies: fill for chart marks, color (or fill for SVG text) for text.
    private const string ContrastScript = """
        (selector) => {
          const lum = (c) => {
            const m = c.match(/rgba?\(([^)]+)\)/); if (!m) return null;
            const [r, g, b] = m[1].split(',').slice(0, 3).map(v => parseFloat(v) / 255)
              .map(v => v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
          };
          const ratio = (c) => { const l = lum(c); return l === null ? null : (1.05) / (l + 0.05); };
          return [...document.querySelectorAll(selector)].map(e => {
            const s = getComputedStyle(e);
            const colour = e instanceof SVGElement ? s.fill : s.color;
            return { what: (e.getAttribute('class') || e.tagName) + ' ' + (e.textContent || '').trim().slice(0, 30), ratio: ratio(colour) };
          });
        }
        """;

    private async Task<IPage> OpenAsync(int width, int height = 900)
    {
        Assert.True(Chromium.Available, $"Chromium is required in CI and was not found at {Chromium.Path}; .ci/run installs it with apt-get install -y chromium fonts-noto-cjk.");
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "ko-KR" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.PageUri.AbsoluteUri);
        return page;
    }

    private static string Artifact(string name) => Path.Combine(Chromium.ArtifactsDirectory, name);

    [BrowserFact]
    public async Task Page_At390And1400Px_HasNoHorizontalPageScroll()
    {
        foreach (var width in new[] { 390, 1400 })
        {
            var page = await OpenAsync(width);

            var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifact($"season-page-{width}.png"), FullPage = true });
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifact($"season-page-{width}-first-screen.png") });

            Assert.True(scrollWidth <= width, $"at {width} px the page is {scrollWidth} px wide");
            // Every 읍면 column of the calendar is reachable inside its own box, and the box can take the keyboard focus.
            var chart = page.Locator("div.chart");
            Assert.Equal("0", await chart.GetAttributeAsync("tabindex"));
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task Page_IsKoreanFirst_WithEnglishAvailable()
    {
        var page = await OpenAsync(1400);

        Assert.Equal("ko", await page.GetAttributeAsync("html", "lang"));
        var headings = await page.Locator("h2").AllInnerTextsAsync();
        Assert.NotEmpty(headings);
        Assert.All(headings, h => Assert.Matches("^[가-힣]", h));
        Assert.Equal(headings.Count, await page.Locator("h2 > span[lang=en]").CountAsync());
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task ChartMarks_Reach3To1_AndText_Reaches4Point5To1()
    {
        var page = await OpenAsync(1400);

        var marks = await page.EvaluateAsync<JsonElement>(ContrastScript, "svg .mark");
        var texts = await page.EvaluateAsync<JsonElement>(ContrastScript, "svg text, p, td, th, li, h1, h2, h3");

        Assert.True(marks.GetArrayLength() > 40);
        Assert.All(marks.EnumerateArray(), m => Assert.True(m.GetProperty("ratio").GetDouble() >= 3, $"{m.GetProperty("what")} {m.GetProperty("ratio")}"));
        Assert.All(texts.EnumerateArray(), t => Assert.True(t.GetProperty("ratio").GetDouble() >= 4.5, $"{t.GetProperty("what")} {t.GetProperty("ratio")}"));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task SitesTeamsAndSkipReasons_AreVisibleWithoutHover_OnAPhone()
    {
        var page = await OpenAsync(390);

        var rows = page.Locator("#sessions tbody tr");
        var sessionRows = rows.Filter(new LocatorFilterOptions { HasText = "예정" });
        var first = sessionRows.First;
        Assert.True(await first.IsVisibleAsync());
        var text = await first.InnerTextAsync();
        var cells = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(5, cells.Length);
        Assert.Matches("(마을회관|경로당|시장|센터|회관)$", cells[3]);
        Assert.Matches("(센터|사무소|공단|복지관|지사)", cells[4]);
        var skipped = rows.Filter(new LocatorFilterOptions { HasText = "건너뜀" });
        Assert.True(await skipped.CountAsync() > 0);
        Assert.Contains("공휴일", string.Join("\n", await skipped.AllInnerTextsAsync()), StringComparison.Ordinal);
        // Weeks are labelled by their session day (a Wednesday), not by the Monday that starts them.
        var labels = await page.Locator("#calendar text").AllTextContentsAsync();
        Assert.Contains(labels, l => l.StartsWith("3월 5일(수)", StringComparison.Ordinal));
        Assert.DoesNotContain(labels, l => l.Contains("3월 3일", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Funnel_StatesItsDefinition()
    {
        var page = await OpenAsync(1400);

        var note = await page.Locator("#funnel-title + p").InnerTextAsync();

        Assert.Contains("정의", note, StringComparison.Ordinal);
        Assert.Contains("한 번이라도 도달한", note, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Print_FitsThePaperWidth_AndHidesNothing()
    {
        var page = await OpenAsync(794, 1123);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        var overflow = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('div.chart')).overflowX");
        await page.PdfAsync(new PagePdfOptions { Path = Artifact("season-page.pdf"), Format = "A4", PrintBackground = true });

        Assert.True(scrollWidth <= 794, $"printed, the page is {scrollWidth} px wide");
        Assert.Equal("visible", overflow);
        Assert.True(await page.Locator("#sessions").IsVisibleAsync());
        Assert.True(new FileInfo(Artifact("season-page.pdf")).Length > 10_000);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Axe_FindsNoSeriousOrCriticalViolations_AtBothWidths()
    {
        foreach (var width in new[] { 390, 1400 })
        {
            var page = await OpenAsync(width);

            var result = await page.RunAxe();

            var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
            Assert.True(serious.Count == 0, $"at {width} px: " + string.Join("\n", serious));
            Assert.True(result.Passes.Length > 10, "axe ran its rules");
            await page.Context.CloseAsync();
        }
    }
}
