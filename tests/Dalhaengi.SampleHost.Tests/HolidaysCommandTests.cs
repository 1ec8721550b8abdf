namespace Dalhaengi.SampleHost.Tests;

public sealed class HolidaysCommandTests
{
    [Fact]
    public void Holidays_2025_PrintsTheYearAsTabSeparatedLinesSortedByDate()
    {
        var result = HostRunner.Run("holidays", "2025");

        Assert.Equal(0, result.ExitCode);
        string[] expected =
        [
            "2025-01-01\tregular\t신정",
            "2025-01-27\ttemporary\t임시공휴일",
            "2025-01-28\tregular\t설날",
            "2025-01-29\tregular\t설날",
            "2025-01-30\tregular\t설날",
            "2025-03-01\tregular\t3·1절",
            "2025-03-03\tsubstitute\t대체공휴일(3·1절)",
            "2025-05-05\tregular\t어린이날",
            "2025-05-05\tregular\t부처님 오신 날",
            "2025-05-06\tsubstitute\t대체공휴일(부처님 오신 날)",
            "2025-06-03\ttemporary\t제21대 대통령선거일",
            "2025-06-06\tregular\t현충일",
            "2025-08-15\tregular\t광복절",
            "2025-10-03\tregular\t개천절",
            "2025-10-05\tregular\t추석",
            "2025-10-06\tregular\t추석",
            "2025-10-07\tregular\t추석",
            "2025-10-08\tsubstitute\t대체공휴일(추석)",
            "2025-10-09\tregular\t한글날",
            "2025-12-25\tregular\t기독탄신일",
        ];
        Assert.Equal(expected, result.Lines);
    }

    [Fact]
    public void Holidays_Range_PrintsEveryYearInOrder()
    {
        var result = HostRunner.Run("holidays", "--from", "2024", "--to", "2026");

        Assert.Equal(0, result.ExitCode);
        var dates = result.Lines.Select(l => l.Split('\t')[0]).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.Equal("2024-01-01", dates[0]);
        Assert.Equal("2026-12-25", dates[^1]);
        Assert.Contains("2024-10-01\ttemporary\t임시공휴일(국군의 날)", result.Lines);
        Assert.Contains("2026-06-03\telection\t제9회 전국동시지방선거일", result.Lines);
    }

    [Theory]
    [InlineData("2013")]
    [InlineData("2051")]
    public void Holidays_YearOutsideRange_IsBadInputWithExitCode1(string year)
    {
        var result = HostRunner.Run("holidays", year);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("2014 to 2050", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public void Holidays_RangeReachingOutside_IsBadInputWithExitCode1()
    {
        Assert.Equal(1, HostRunner.Run("holidays", "--from", "2049", "--to", "2051").ExitCode);
    }

    [Theory]
    [InlineData]
    [InlineData("--from", "2024")]
    [InlineData("2025", "--from", "2024", "--to", "2026")]
    public void Holidays_WithoutAYearOrRange_IsAUsageErrorWithExitCode2(params string[] extra)
    {
        var result = HostRunner.Run(["holidays", .. extra]);

        Assert.Equal(2, result.ExitCode);
        Assert.NotEmpty(result.Error);
    }

    [Fact]
    public void Holidays_WithAddedFile_PrintsLocalDays()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dalhaengi-days-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            { "$schema": "dalhaengi.holidays/1", "days": [
              { "from": "2025-07-31", "to": "2025-08-01", "kind": "local", "name": { "ko": "폭염 휴식기", "en": "Heat-wave break" } } ] }
            """);
        try
        {
            var result = HostRunner.Run("holidays", "2025", "--add", path);

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("2025-07-31\tlocal\t폭염 휴식기", result.Lines);
            Assert.Contains("2025-08-01\tlocal\t폭염 휴식기", result.Lines);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Holidays_WithInvalidAddedFile_IsBadInputNamingTheJsonPath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dalhaengi-days-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "days": [ { "date": "2025-13-01", "kind": "local", "name": { "ko": "휴무", "en": "Closed" } } ] }""");
        try
        {
            var result = HostRunner.Run("holidays", "2025", "--add", path);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("$.days[0].date", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
