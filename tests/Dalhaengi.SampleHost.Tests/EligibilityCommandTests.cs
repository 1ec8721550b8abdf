namespace Dalhaengi.SampleHost.Tests;

public sealed class EligibilityCommandTests
{
    private static HostRunner.Result Run(string asOf, string size, string income, string assets = "0", string financial = "0", string region = "rural", params string[] extra) =>
        HostRunner.Run(
            [
                "eligibility", "--as-of", asOf, "--size", size, "--income", income, "--assets", assets,
                "--financial-assets", financial, "--region", region, .. extra,
            ]);

    [Fact]
    public void Eligibility_WhenAtThePublishedLine_PrintsEachCriterionAndEligible()
    {
        var result = Run("2024-03-01", "1", "1671334", extra: ["--reason", "job-loss"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                "crisis-reason: value=1 threshold=1 result=met source=none reasons=job-loss",
                "income: value=1671334 threshold=1671334 result=met source=published",
                "general-assets: value=0 threshold=130000000 result=met source=published",
                "financial-assets: value=0 threshold=6000000 result=met source=published",
                "verdict: eligible",
            ],
            result.Lines);
    }

    [Fact]
    public void Eligibility_WhenOneWonAboveTheLine_IsNotEligibleWithExitCode0()
    {
        var result = Run("2024-03-01", "1", "1671335", extra: ["--reason", "job-loss"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("income: value=1671335 threshold=1671334 result=not-met source=published", result.Lines);
        Assert.Equal("verdict: not eligible", result.Lines[^1]);
    }

    [Fact]
    public void Eligibility_WhenNoThresholdForTheDate_IsUndeterminedWithExitCode0()
    {
        var result = Run("2022-06-01", "2", "100", extra: ["--reason", "divorce"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("income: value=100 threshold=none result=undetermined source=none", result.Lines);
        Assert.Equal("verdict: undetermined", result.Lines[^1]);
        Assert.Contains("no standard median income for 2022-06-01", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eligibility_WhenHousingSupportInALargeCity_UsesThoseLimits()
    {
        var result = Run("2025-05-01", "3", "0", "241000000", "13025353", "large-city", "--reason", "fire-or-similar", "--housing");

        Assert.Contains("general-assets: value=241000000 threshold=241000000 result=met source=published", result.Lines);
        Assert.Contains("financial-assets: value=8000000 threshold=8000000 result=met source=published", result.Lines);
        Assert.Equal("verdict: eligible", result.Lines[^1]);
    }

    [Fact]
    public void Eligibility_WhenNoReason_FailsTheCrisisCriterion()
    {
        var result = Run("2025-05-01", "1", "0");

        Assert.Equal("crisis-reason: value=0 threshold=1 result=not-met source=none reasons=none", result.Lines[0]);
        Assert.Equal("verdict: not eligible", result.Lines[^1]);
    }

    [Fact]
    public void Eligibility_WhenAThresholdFileIsGiven_UsesIt()
    {
        var file = Path.Combine(Path.GetTempPath(), $"thresholds-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """
            {
              "incomeLinePercentOfMedian": 75,
              "medianIncome": { "values": [ { "start": "2027-01-01", "bySize": [2000000, 3000000] } ] },
              "generalAssetLimits": { "values": [ { "start": "2027-01-01", "largeCity": { "limit": 3 }, "mediumSmallCity": { "limit": 2 }, "rural": { "limit": 1 } } ] },
              "financialAssetLimits": { "values": [ { "start": "2027-01-01", "general": 5, "housing": 8, "livingReservePercentOfMedian": 0 } ] }
            }
            """);
        try
        {
            var result = Run("2027-02-01", "1", "1500000", extra: ["--reason", "job-loss", "--thresholds", file]);

            Assert.Contains("income: value=1500000 threshold=1500000 result=met source=computed", result.Lines);
            Assert.Equal("verdict: eligible", result.Lines[^1]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("2024-13-01", "1", "0", "rural", "--as-of")]
    [InlineData("2024-01-01", "1", "0", "city", "--region")]
    public void Eligibility_WhenAValueIsBad_ExitsWith1AndNamesTheOption(string asOf, string size, string income, string region, string option)
    {
        var result = Run(asOf, size, income, region: region, extra: ["--reason", "job-loss"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(option, result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Theory]
    [InlineData("0", "0", "--size")]
    [InlineData("101", "0", "--size")]
    [InlineData("2147483648", "0", "--size")]
    [InlineData("1", "-5", "--income")]
    [InlineData("1", "9223372036854775807", "--income")]
    [InlineData("1", "99999999999999999999", "--income")]
    [InlineData("1", "1000000000000000001", "--income")]
    public void Eligibility_WhenANumberIsOutOfBounds_IsAUsageErrorWithExitCode2NamingTheOption(string size, string income, string option)
    {
        var result = Run("2025-01-01", size, income, extra: ["--reason", "job-loss"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public void Eligibility_WhenEveryAmountIsAtItsBound_GivesAVerdict()
    {
        var result = HostRunner.Run(
            "eligibility", "--as-of", "2025-01-01", "--size", "100", "--income", "1000000000000000", "--assets", "1000000000000000",
            "--financial-assets", "1000000000000000", "--region", "rural", "--reason", "job-loss");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("verdict: not eligible", result.Lines[^1]);
    }

    [Fact]
    public void Eligibility_WhenAThresholdFileIsInvalid_ExitsWith1AndNamesTheJsonPath()
    {
        var file = Path.Combine(Path.GetTempPath(), $"thresholds-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, "{ \"incomeLinePercentOfMedian\": 75 }");
        try
        {
            var result = Run("2025-01-01", "1", "0", extra: ["--thresholds", file]);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("$.medianIncome", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Eligibility_WhenARequiredOptionIsMissing_IsAUsageErrorWithExitCode2()
    {
        var result = HostRunner.Run("eligibility", "--as-of", "2025-01-01", "--size", "1");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--income", result.Error, StringComparison.Ordinal);
    }
}
