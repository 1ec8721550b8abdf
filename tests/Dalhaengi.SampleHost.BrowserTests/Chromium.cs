namespace Dalhaengi.SampleHost.BrowserTests;

/// <summary>
/// The system Chromium the tests drive (Debian's <c>chromium</c>; <c>.ci/run</c> installs it with
/// <c>fonts-noto-cjk</c>). Playwright cannot download its own browser builds here, so it is given this executable.
/// </summary>
internal static class Chromium
{
    /// <summary>The executable: <c>CHROMIUM_PATH</c> when set, otherwise <c>/usr/bin/chromium</c>.</summary>
    public static string Path => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    public static bool Available => File.Exists(Path);

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Where screenshots and the PDF go: <c>DALHAENGI_ARTIFACTS</c>, or <c>TestResults/browser</c> beside the tests.</summary>
    public static string ArtifactsDirectory
    {
        get
        {
            var dir = Environment.GetEnvironmentVariable("DALHAENGI_ARTIFACTS") is { Length: > 0 } d
                ? d
                : System.IO.Path.Combine(AppContext.BaseDirectory, "TestResults", "browser");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }
}
