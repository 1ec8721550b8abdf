namespace Dalhaengi.Web.Tests;

/// <summary>
/// A fact that needs the system Chromium (Debian's <c>chromium</c>, which <c>.ci/run</c> installs; Playwright cannot
/// download its own browsers here). Without it the test is skipped with the reason, except in CI (<c>CI=true</c>),
/// where it runs and fails: a CI run must not pass by not testing.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string DefaultPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ExecutablePath) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.Ordinal))
        {
            Skip = $"Chromium not found at {ExecutablePath} (set CHROMIUM_PATH or install Debian's chromium); browser tests skipped outside CI.";
        }
    }

    public static string ExecutablePath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } p ? p : DefaultPath;
}
