namespace Dalhaengi.SampleHost.Tests;

public sealed class CliTests
{
    [Fact]
    public void UnknownOption_IsAUsageErrorWithExitCode2()
    {
        var result = HostRunner.Run("--no-such-option");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no-such-option", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void NoArguments_RunsTheMainJobOnYangpyeong()
    {
        var result = HostRunner.Run();

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("양평군", result.Out, StringComparison.Ordinal);
    }
}
