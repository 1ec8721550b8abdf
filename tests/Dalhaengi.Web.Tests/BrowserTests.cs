using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Dalhaengi.Web.Tests;

/// <summary>
/// The season's core loop in a real headless Chromium: a township officer records a session with a finding and
/// refers it; the partner signs in and accepts it. Every page passes axe-core; screenshots go to <c>screenshots/</c>
/// next to the test assembly (or <c>DALHAENGI_SCREENSHOTS</c>).
/// </summary>
public sealed class BrowserTests(KestrelWebFactory factory) : IClassFixture<KestrelWebFactory>
{
    private static readonly string Screenshots =
        Environment.GetEnvironmentVariable("DALHAENGI_SCREENSHOTS") is { Length: > 0 } dir ? dir : Path.Combine(AppContext.BaseDirectory, "screenshots");

    [ChromiumFact]
    public async Task Officer_RecordsAFindingAndRefersIt_PartnerAcceptsIt()
    {
        Assert.True(File.Exists(ChromiumFactAttribute.ExecutablePath), $"CI=true but Chromium is missing at {ChromiumFactAttribute.ExecutablePath}; .ci/run installs Debian's chromium.");
        var baseUrl = await factory.StartAsync();
        Directory.CreateDirectory(Screenshots);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumFactAttribute.ExecutablePath, Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync(new() { Locale = "ko-KR", ViewportSize = new() { Width = 1024, Height = 1366 } });

        await SignInAsync(page, baseUrl, "officer.yangpyeong");
        await page.GotoAsync(baseUrl + "/Sessions/Record");
        await CheckAsync(page, "1-session-day");
        await page.FillAsync("#residents", "42");
        await page.FillAsync("#household", "hh-browser-1");
        await page.SelectOptionAsync("#indicator", "screening.phq9.total");
        await page.FillAsync("#value", "17");
        await page.SelectOptionAsync("#partner", "yp-mental-health-centre");
        await page.SelectOptionAsync("#consent", "Written");
        await page.GetByRole(AriaRole.Button, new() { Name = "기록하고 의뢰" }).ClickAsync();
        await page.WaitForURLAsync("**/Referrals/Detail?id=*");
        var referralUrl = page.Url;
        Assert.Equal("의뢰됨", await page.InnerTextAsync("#state"));
        Assert.DoesNotContain("hh-browser-1", referralUrl, StringComparison.Ordinal);
        await CheckAsync(page, "2-referred");
        // Wait for the navigation the click starts, not for a URL the page may already have reached.
        var signedOut = page.WaitForURLAsync("**/Account/Login*", new() { Timeout = 60_000 });
        await page.GetByRole(AriaRole.Button, new() { Name = "로그아웃" }).ClickAsync();
        await signedOut;

        await SignInAsync(page, baseUrl, "partner.mental");
        await page.GotoAsync(baseUrl + "/Referrals");
        await CheckAsync(page, "3-inbox");
        await page.GotoAsync(referralUrl);
        await page.GetByRole(AriaRole.Button, new() { Name = "접수" }).ClickAsync();
        await page.WaitForSelectorAsync("#state");
        Assert.Equal("접수", await page.InnerTextAsync("#state"));
        await CheckAsync(page, "4-accepted");
    }

    private static async Task SignInAsync(IPage page, string baseUrl, string user)
    {
        await page.GotoAsync(baseUrl + "/Account/Login");
        await page.FillAsync("#user", user);
        await page.FillAsync("#password", WebFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "로그인" }).ClickAsync();
        await page.WaitForURLAsync(baseUrl + "/");
    }

    private static async Task CheckAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });
        AxeResult result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}");
        Assert.Empty(serious);
    }
}
