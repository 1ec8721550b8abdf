namespace Dalhaengi.SampleHost.Tests;

public sealed partial class CliTests
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
        // With no arguments the job writes into ./out, so run where that is a throwaway folder.
        var dir = Directory.CreateTempSubdirectory("dalhaengi-cli-").FullName;
        var previous = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = dir;
            var result = HostRunner.Run();

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("양평군", result.Out, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(dir, "out", "report.html")));
        }
        finally
        {
            Environment.CurrentDirectory = previous;
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("run")]
    [InlineData("holidays")]
    [InlineData("eligibility")]
    [InlineData("plan")]
    [InlineData("replan")]
    [InlineData("generate-households")]
    [InlineData("screen")]
    [InlineData("rules", "validate")]
    [InlineData("report")]
    [InlineData("overdue")]
    [InlineData("record-session")]
    [InlineData("refer")]
    [InlineData("referral", "advance")]
    public void Help_ForEveryCommand_DescribesItAndExits0(params string[] command)
    {
        var result = HostRunner.Run([.. command, "--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("DESCRIPTION:", result.Out, StringComparison.Ordinal);
        Assert.Contains("OPTIONS:", result.Out, StringComparison.Ordinal);
    }
}
