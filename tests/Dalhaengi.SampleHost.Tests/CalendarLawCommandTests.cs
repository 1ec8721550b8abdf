using Dalhaengi.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Dalhaengi.SampleHost.Tests;

/// <summary>
/// The host's view of the 2026 law (issue #13): <c>holidays --from 2014 --to 2030</c> against the gazette list in
/// the domain note, and a Wednesday season in 2030 that keeps the new and the projected holidays free.
/// </summary>
public sealed class CalendarLawCommandTests
{
    [Fact]
    public void Holidays_2014To2030_EqualTheGazetteListFor2018To2027()
    {
        var result = HostRunner.Run("holidays", "--from", "2014", "--to", "2030");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Lines.Select(l => l.Split('\t')).ToList();
        var decade = lines.Where(f => string.CompareOrdinal(f[0], "2018") >= 0 && string.CompareOrdinal(f[0], "2028") < 0)
            .GroupBy(f => f[0]).ToList();
        var gazette = GazetteHolidays.Load();
        Assert.Equal(gazette.Select(g => g.Date), decade.Select(g => g.Key));
        foreach (var day in gazette)
        {
            var printed = decade.Single(g => g.Key == day.Date).ToList();
            Assert.Equal([day.Kind], printed.Select(f => f[1]).Distinct());
            Assert.All(day.Names, name => Assert.Contains(name, printed.Select(f => f[2])));
        }
    }

    [Fact]
    public void Holidays_2014To2030_IncludesTheNewHolidaysAndTheProjectedElectionDays()
    {
        var result = HostRunner.Run("holidays", "--from", "2014", "--to", "2030");

        Assert.Contains("2026-05-01\tregular\t노동절", result.Lines);
        Assert.Contains("2026-07-17\tregular\t제헌절", result.Lines);
        Assert.DoesNotContain(result.Lines, l => l.StartsWith("2025-05-01", StringComparison.Ordinal) || l.StartsWith("2025-07-17", StringComparison.Ordinal));
        string[] projected =
        [
            "2028-04-12\tprojected-election\t국회의원선거일(예정)",
            "2030-03-27\tprojected-election\t대통령선거일(예정)",
            "2030-06-12\tprojected-election\t전국동시지방선거일(예정)",
        ];
        Assert.Equal(projected, result.Lines.Where(l => l.Contains("\tprojected-election\t", StringComparison.Ordinal)));
    }

    [Fact]
    public void Plan_WednesdaySeason2030_SkipsTheNewAndProjectedHolidaysNamingThemAndWarns()
    {
        var result = HostRunner.Run(
            services => services.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2030, 1, 20, 9, 0))),
            "plan", "--from", "2030-03-06", "--to", "2030-12-18", "--weekday", "wed", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        string[] expected =
        [
            "2030-03-27,,skipped,,,,holiday: 대통령선거일(예정) (Presidential election (projected))",
            "2030-05-01,,skipped,,,,holiday: 노동절 (Labour Day)",
            "2030-06-12,,skipped,,,,holiday: 전국동시지방선거일(예정) (Local elections (projected))",
            "2030-07-17,,skipped,,,,holiday: 제헌절 (Constitution Day)",
        ];
        Assert.All(expected, line => Assert.Contains(line, result.Lines));
        Assert.Contains("projected-holiday: 2030-03-27", result.Error, StringComparison.Ordinal);
        Assert.Contains("projected-holiday: 2030-06-12", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("projected-holiday: 2030-05-01", result.Error, StringComparison.Ordinal);
    }
}
