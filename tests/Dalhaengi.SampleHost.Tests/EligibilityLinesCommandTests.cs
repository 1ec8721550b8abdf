using System.Globalization;

namespace Dalhaengi.SampleHost.Tests;

/// <summary>
/// <c>eligibility</c> at and one won above the 75 % line for sizes 1–10 in 2023–2026 (issue #13), the lines computed
/// here from the domain note's figures (risk.md §4): the published 7-person medians and (7p − 6p) per member beyond 7.
/// </summary>
public sealed class EligibilityLinesCommandTests
{
    private static readonly Dictionary<int, long[]> Medians = new()
    {
        [2023] = [2_077_892, 3_456_155, 4_434_816, 5_400_964, 6_330_688, 7_227_981, 8_107_515],
        [2024] = [2_228_445, 3_682_609, 4_714_657, 5_729_913, 6_695_735, 7_618_369, 8_514_994],
        [2025] = [2_392_013, 3_932_658, 5_025_353, 6_097_773, 7_108_192, 8_064_805, 8_988_428],
        [2026] = [2_564_238, 4_199_292, 5_359_036, 6_494_738, 7_556_719, 8_555_952, 9_515_150],
    };

    private static readonly long[] Published2024 = [1_671_334, 2_761_957, 3_535_992, 4_297_434];

    public static TheoryData<int, int, long> Lines()
    {
        var data = new TheoryData<int, int, long>();
        foreach (var (year, m) in Medians)
        {
            for (var size = 1; size <= 10; size++)
            {
                var median = size <= 7 ? m[size - 1] : m[6] + ((size - 7) * (m[6] - m[5]));
                data.Add(year, size, year == 2024 && size <= 4 ? Published2024[size - 1] : median * 75 / 100);
            }
        }

        return data;
    }

    private static HostRunner.Result Run(int year, int size, long income) => HostRunner.Run(
        "eligibility", "--as-of", string.Create(CultureInfo.InvariantCulture, $"{year}-07-01"),
        "--size", size.ToString(CultureInfo.InvariantCulture), "--income", income.ToString(CultureInfo.InvariantCulture),
        "--assets", "0", "--financial-assets", "0", "--region", "rural", "--reason", "job-loss");

    [Theory]
    [MemberData(nameof(Lines))]
    public void Eligibility_AtTheLineAndOneWonAbove_IsEligibleThenNot(int year, int size, long line)
    {
        var at = Run(year, size, line);
        var above = Run(year, size, line + 1);

        var l = line.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(0, at.ExitCode);
        Assert.StartsWith($"income: value={l} threshold={l} result=met ", at.Lines[1], StringComparison.Ordinal);
        Assert.Equal("verdict: eligible", at.Lines[^1]);
        Assert.StartsWith($"income: value={line + 1} threshold={l} result=not-met ", above.Lines[1], StringComparison.Ordinal);
        Assert.Equal("verdict: not eligible", above.Lines[^1]);
    }

    [Fact]
    public void Eligibility_WhenTheRegionTypeIsUnconfirmed_IsUndeterminedAndSaysWhy()
    {
        var result = HostRunner.Run(
            "eligibility", "--as-of", "2025-07-01", "--size", "1", "--income", "0", "--assets", "0",
            "--financial-assets", "0", "--region", "unconfirmed", "--reason", "electricity-cut-off");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("general-assets: value=0 threshold=none result=undetermined source=none", result.Lines[2]);
        Assert.Equal("verdict: undetermined", result.Lines[^1]);
        Assert.Contains("region type", result.Error, StringComparison.Ordinal);
    }
}
