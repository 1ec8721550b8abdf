using Ical.Net.CalendarComponents;

namespace Dalhaengi.SampleHost.Tests;

/// <summary>The calendars, parsed with Ical.Net as a calendar client would: UIDs, sequences, cancellations, Korean text.</summary>
public sealed partial class OutputFormatsTests
{
    private static Ical.Net.Calendar Ics(string text) => Ical.Net.Calendar.Load(text)!;

    private Ical.Net.Calendar PlanIcs(params string[] extra)
    {
        var result = HostRunner.Run(Services, [.. Season, "--format", "ics", .. extra]);
        Assert.Equal(0, result.ExitCode);
        return Ics(result.Out);
    }

    [Fact]
    public void PlanIcs_TwoMunicipalitiesImportedIntoOneCalendar_Give82Events()
    {
        var yangpyeong = PlanIcs();
        var hwaseong = PlanIcs("--municipality", "hwaseong");

        // A calendar client keys events by UID: importing the second file adds to the first only what has a new UID.
        var merged = new Dictionary<string, CalendarEvent>(StringComparer.Ordinal);
        foreach (var e in yangpyeong.Events.Concat(hwaseong.Events))
        {
            merged[e.Uid!] = e;
        }

        Assert.Equal(41, yangpyeong.Events.Count);
        Assert.Equal(41, hwaseong.Events.Count);
        Assert.Equal(82, merged.Count);
        Assert.Contains(yangpyeong.Events, e => e.Uid == "2025-03-05.1.yangpyeong-2025.41830@dalhaengi");
    }

    [Fact]
    public void PlanIcs_UidIsStableForTheSameSession_AndDiffersByPlanName()
    {
        var once = PlanIcs().Events.Select(e => e.Uid).ToList();
        var again = PlanIcs().Events.Select(e => e.Uid).ToList();
        var other = PlanIcs("--plan-name", "yangpyeong-2025-b").Events.Select(e => e.Uid).ToHashSet();

        Assert.Equal(once, again);
        Assert.All(once, uid => Assert.DoesNotContain(uid, other));
    }

    [Fact]
    public void PlanIcs_SummaryAndDescriptionAreKoreanAndNameTheTeam()
    {
        var e = PlanIcs().Events.OrderBy(e => e.Start!.Value).First();

        Assert.StartsWith("달리는 행복나눔 이웃들 · ", e.Summary, StringComparison.Ordinal);
        Assert.Contains("읍면: ", e.Description, StringComparison.Ordinal);
        Assert.Contains("장소: ", e.Description, StringComparison.Ordinal);
        Assert.Contains("양평군", e.Description, StringComparison.Ordinal);
        foreach (var jargon in new[] { "slot", "quota", "Held", "Planned", "Team:", "Why:" })
        {
            Assert.DoesNotContain(jargon, e.Summary + e.Description, StringComparison.Ordinal);
        }

        Assert.Equal("CONFIRMED", e.Status);
        Assert.Equal(0, e.Sequence);
    }

    [Fact]
    public void ReplanIcs_CancelsTheCancelledSession_AndRaisesTheSequenceOfWhatChanged()
    {
        File.WriteAllText(PathOf("plan.ics"), HostRunner.Run(Services, [.. Season, "--format", "ics"]).Out);
        HostRunner.Run(Services, [.. Season, "--format", "csv", "--out", PathOf("plan.csv")]);
        var first = File.ReadAllLines(PathOf("plan.csv")).First(l => l.StartsWith("2025-03-05,1,planned,", StringComparison.Ordinal)).Split(',');
        File.WriteAllText(PathOf("held.csv"), $"date,slot,site,status\r\n2025-03-05,1,{first[4]},cancelled\r\n");

        var result = HostRunner.Run(Services, "replan", "--plan", PathOf("plan.csv"), "--held", PathOf("held.csv"), "--from", "2025-03-06",
            "--format", "ics", "--previous-ics", PathOf("plan.ics"));

        Assert.Equal(0, result.ExitCode);
        var before = Ics(File.ReadAllText(PathOf("plan.ics"))).Events.ToDictionary(e => e.Uid!, StringComparer.Ordinal);
        var after = Ics(result.Out).Events.ToDictionary(e => e.Uid!, StringComparer.Ordinal);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        var cancelled = after["2025-03-05.1.yangpyeong-2025.41830@dalhaengi"];
        Assert.Equal("CANCELLED", cancelled.Status);
        Assert.Equal(1, cancelled.Sequence);
        foreach (var (uid, e) in after)
        {
            var same = e.Summary == before[uid].Summary && e.Description == before[uid].Description && e.Status == before[uid].Status;
            Assert.Equal(same ? 0 : 1, e.Sequence);
        }
    }

    [Fact]
    public void PreviousIcs_ThatIsNotACalendar_IsBadInputNamingTheFile()
    {
        File.WriteAllText(PathOf("bad.ics"), "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:notadate\n");

        var result = HostRunner.Run(Services, [.. Season, "--format", "ics", "--previous-ics", PathOf("bad.ics")]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bad.ics", result.Error, StringComparison.Ordinal);
    }
}
