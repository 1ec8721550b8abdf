namespace Dalhaengi.SampleHost.BrowserTests;

/// <summary>
/// A test that needs the system Chromium. On a developer machine without it the test is skipped with the reason; in
/// CI (<c>CI=true</c>) it runs and fails, because a missing browser there is a broken setup, not a reason to pass.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Chromium.Available && !Chromium.InCi)
        {
            Skip = $"Chromium is not installed at {Chromium.Path}: apt-get install -y chromium fonts-noto-cjk, or set CHROMIUM_PATH.";
        }
    }
}
