using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NodaTime;
using NodaTime.Testing;
using Dalhaengi.SampleHost.Storage;

namespace Dalhaengi.SampleHost.BrowserTests;

/// <summary>
/// Writes the main job's season page once (fixed clock, 4,000 households, so every section is drawn) and starts one
/// headless Chromium for all the tests of the class.
/// </summary>
public sealed class SeasonPageFixture : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dalhaengi-browser-").FullName;
    private IPlaywright? _playwright;

    public string PagePath => Path.Combine(_dir, "report.html");

    public Uri PageUri => new(PagePath);

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        // 2025-09-10 10:00 in Korea: part of the season held, part planned, referrals in every state.
        var code = Cli.Run(["--out", _dir, "--households", "4000", "--year", "2025"], stdout, stderr,
            s => s.AddSingleton<NodaTime.IClock>(new FakeClock(Instant.FromUtc(2025, 9, 10, 1, 0)))
                .AddSingleton(new StorageLocation(Path.Combine(_dir, "db", "dalhaengi.db"))));
        if (code != 0)
        {
            throw new InvalidOperationException($"the main job failed ({code}): {stderr}");
        }

        if (!Chromium.Available)
        {
            // BrowserFact skips outside CI; in CI the tests must fail, and say why.
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Path,
            Headless = true,
            // CI runs as root, where Chromium refuses to start with its sandbox.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }

        Directory.Delete(_dir, recursive: true);
    }
}
