using Dalhaengi.Core.Calendar;
using Dalhaengi.Tests.Fixtures;
using NodaTime;

namespace Dalhaengi.Core.Tests.Calendar;

/// <summary>
/// The corrections of issue #13, each pinned to the domain note on the calendar: the gazette list 2018–2027, 노동절 and
/// 제헌절 from 2026, holidays with periods, the "Saturday or another holiday" rule, and projected election days.
/// </summary>
public sealed partial class KoreanHolidayCalendarTests
{
    private static string KindName(HolidayKind kind) => kind switch
    {
        HolidayKind.Regular => "regular",
        HolidayKind.Substitute => "substitute",
        HolidayKind.Election => "election",
        HolidayKind.Temporary => "temporary",
        _ => kind.ToString(),
    };

    [Fact]
    public void GetHolidays_2018To2027_EqualTheGazetteListInDatesKindsAndNames()
    {
        var gazette = GazetteHolidays.Load();
        var actual = Enumerable.Range(2018, 10).SelectMany(Calendar.GetHolidays).GroupBy(h => $"{h.Date:uuuu-MM-dd}").ToList();

        Assert.Equal(gazette.Select(g => g.Date), actual.Select(g => g.Key));
        foreach (var day in gazette)
        {
            var holidays = actual.Single(g => g.Key == day.Date).ToList();
            Assert.True(
                holidays.Select(h => KindName(h.Kind)).Distinct().SequenceEqual([day.Kind]),
                $"{day.Date}: gazette {day.Kind}, calendar {string.Join(", ", holidays)}");
            Assert.All(day.Names, name => Assert.Contains(name, holidays.Select(h => h.Name.Korean)));
        }
    }

    [Fact]
    public void GetHolidays_GazetteFixture_HasEveryYearAndTheNewHolidays()
    {
        // Guards the fixture reader: a parse that lost entries would make the comparison above pass on too little.
        var gazette = GazetteHolidays.Load();

        Assert.Equal(Enumerable.Range(2018, 10), gazette.Select(g => int.Parse(g.Date[..4], System.Globalization.CultureInfo.InvariantCulture)).Distinct());
        Assert.Equal(191, gazette.Count);
        Assert.Contains(new GazetteDay("2027-07-19", "substitute", []), gazette, new GazetteDayComparer());
        Assert.Contains(gazette, g => g.Date == "2025-06-03" && g.Kind == "temporary");
        Assert.Contains(gazette, g => g.Date == "2025-05-06" && g.Names.SequenceEqual(["대체공휴일(부처님 오신 날)"]));
    }

    [Theory]
    [InlineData("2026-05-01", "노동절")]
    [InlineData("2027-05-01", "노동절")]
    [InlineData("2026-07-17", "제헌절")]
    [InlineData("2027-07-17", "제헌절")]
    [InlineData("2030-05-01", "노동절")]
    [InlineData("2030-07-17", "제헌절")]
    public void FindHoliday_LabourDayAndConstitutionDayFrom2026_AreRegularHolidays(string date, string name)
    {
        var holiday = Calendar.FindHoliday(D(date));

        Assert.NotNull(holiday);
        Assert.Equal(HolidayKind.Regular, holiday.Kind);
        Assert.Equal(name, holiday.Name.Korean);
    }

    [Fact]
    public void FindHoliday_LabourDayAndConstitutionDayOnASaturdayIn2027_GetTheGazetteSubstitutes()
    {
        AssertSubstitute("2027-05-03", "2027-05-01", "대체공휴일(노동절)");
        AssertSubstitute("2027-07-19", "2027-07-17", "대체공휴일(제헌절)");
    }

    [Fact]
    public void RegularHolidays_Periods_ExpressRemovalAndRestoration()
    {
        var definitions = RegularHolidays.Embedded.Definitions.ToDictionary(d => d.Key);

        // 제헌절 until 2007, not 2008–2025, again from 2026; 한글날 not 1991–2012; 노동절 only from 2026.
        Assert.NotNull(definitions[RegularHoliday.ConstitutionDay].In(2007));
        Assert.Null(definitions[RegularHoliday.ConstitutionDay].In(2008));
        Assert.Null(definitions[RegularHoliday.ConstitutionDay].In(2025));
        Assert.NotNull(definitions[RegularHoliday.ConstitutionDay].In(2026));
        Assert.NotNull(definitions[RegularHoliday.HangulDay].In(1990));
        Assert.Null(definitions[RegularHoliday.HangulDay].In(2012));
        Assert.NotNull(definitions[RegularHoliday.HangulDay].In(2013));
        Assert.Null(definitions[RegularHoliday.LabourDay].In(2025));
        Assert.NotNull(definitions[RegularHoliday.LabourDay].In(2026));
        Assert.Equal(Enum.GetValues<RegularHoliday>().Order(), definitions.Keys.Order());
    }

    [Theory]
    [InlineData(nameof(RegularHoliday.IndependenceMovementDay))]
    [InlineData(nameof(RegularHoliday.LiberationDay))]
    [InlineData(nameof(RegularHoliday.NationalFoundationDay))]
    [InlineData(nameof(RegularHoliday.HangulDay))]
    [InlineData(nameof(RegularHoliday.ConstitutionDay))]
    [InlineData(nameof(RegularHoliday.ChildrensDay))]
    [InlineData(nameof(RegularHoliday.BuddhasBirthday))]
    [InlineData(nameof(RegularHoliday.Christmas))]
    [InlineData(nameof(RegularHoliday.LabourDay))]
    public void SubstituteRules_NationalDaysAndTheOthers_SaySaturdayOrAnotherHoliday(string name)
    {
        var holiday = Enum.Parse<RegularHoliday>(name);
        var rule = Assert.Single(SubstituteRulesJson.LoadEmbedded(), r => r.Holidays.Contains(holiday));

        Assert.Equal([SubstituteTrigger.Saturday, SubstituteTrigger.OtherHoliday], rule.Triggers.Order());
    }

    [Fact]
    public void FindHoliday_NationalDayOnAnotherHoliday_GetsOneSubstitute()
    {
        // 2028: 추석 10-02..10-04 contains 개천절 (10-03). Before the rule said "or another holiday" only 추석's own
        // right applied; the day still yields a single substitute, after the block.
        AssertSubstitute("2028-10-05", "2028-10-03", "대체공휴일(추석·개천절)");
        Assert.Single(Substitutes(2028), h => h.Date.Month == 10);
    }

    [Theory]
    [InlineData("2028-04-12", "국회의원선거일(예정)")] // 2028-05-29 − 50 days = 04-09 (Sun) → Wed 04-12
    [InlineData("2030-03-27", "대통령선거일(예정)")] // 2030-06-03 − 70 days = 03-25 (Mon) → Wed 03-27
    [InlineData("2030-06-12", "전국동시지방선거일(예정)")] // 2030-06-30 − 30 = 05-31 → Wed 06-05, but 06-06 is 현충일 → 06-12
    [InlineData("2032-04-14", "국회의원선거일(예정)")]
    [InlineData("2034-05-31", "전국동시지방선거일(예정)")]
    [InlineData("2035-03-28", "대통령선거일(예정)")]
    public void FindHoliday_TermExpiryElectionsAfterTheShippedData_AreProjectedBySection34(string date, string name)
    {
        var holiday = Calendar.FindHoliday(D(date));

        Assert.NotNull(holiday);
        Assert.Equal(HolidayKind.ProjectedElection, holiday.Kind);
        Assert.Equal(name, holiday.Name.Korean);
        Assert.Equal(IsoDayOfWeek.Wednesday, holiday.Date.DayOfWeek);
    }

    [Theory]
    [InlineData("local", "2018-06-30", "2018-06-13")] // 06-06 현충일 is the day after the first Wednesday
    [InlineData("local", "2022-06-30", "2022-06-01")]
    [InlineData("national-assembly", "2024-05-29", "2024-04-10")]
    [InlineData("local", "2026-06-30", "2026-06-03")]
    public void StatutoryElection_DayFor_ReproducesTheShippedElectionDays(string key, string termEnd, string expected)
    {
        var election = StatutoryElectionsJson.LoadEmbedded().Single(e => e.Key == key);
        var withoutElections = KoreanHolidayCalendar.Create(SubstituteRulesJson.LoadEmbedded(), [], []);

        var day = election.DayFor(D(termEnd), d => withoutElections.FindHoliday(d) is not null);

        Assert.Equal(D(expected), day);
    }

    [Fact]
    public void GetHolidays_ShippedElectionDay_OverridesTheProjection()
    {
        var shipped2026 = Calendar.GetHolidays(2026).Where(h => h.Kind is HolidayKind.Election or HolidayKind.ProjectedElection);
        var confirmed = new Holiday(D("2028-04-12"), HolidayKind.Election, new BilingualName("제23대 국회의원선거일", "23rd National Assembly election"));
        var later = KoreanHolidayCalendar.Create(SubstituteRulesJson.LoadEmbedded(), [.. HolidayDataJson.LoadEmbeddedDesignatedDays(), confirmed]);

        Assert.Equal("2026-06-03 Election 제9회 전국동시지방선거일", Assert.Single(shipped2026).ToString());
        Assert.Equal(confirmed, Assert.Single(later.GetHolidays(2028), h => h.Kind is HolidayKind.Election or HolidayKind.ProjectedElection));
    }

    [Fact]
    public void GetHolidays_EveryCoveredYear_HasEachTermEndsProjectionOrShippedDay()
    {
        var elections = Enumerable.Range(2027, KoreanHolidayCalendar.MaxYear - 2026)
            .SelectMany(Calendar.GetHolidays)
            .Where(h => h.Kind == HolidayKind.ProjectedElection)
            .ToList();

        // Local 2030–2050 (6), National Assembly 2028–2048 (6), president 2030–2050 (5).
        Assert.Equal(17, elections.Count);
        Assert.All(elections, e => Assert.Equal(IsoDayOfWeek.Wednesday, e.Date.DayOfWeek));
        Assert.All(elections, e => Assert.EndsWith("(예정)", e.Name.Korean, StringComparison.Ordinal));
    }

    private sealed class GazetteDayComparer : IEqualityComparer<GazetteDay>
    {
        public bool Equals(GazetteDay? x, GazetteDay? y) => x is not null && y is not null && x.Date == y.Date && x.Kind == y.Kind && x.Names.SequenceEqual(y.Names);

        public int GetHashCode(GazetteDay obj) => obj.Date.GetHashCode(StringComparison.Ordinal);
    }
}
