using Dalhaengi.Core.Calendar;
using Dalhaengi.Core.Tests.Arbitraries;
using FsCheck.Xunit;
using NodaTime;

namespace Dalhaengi.Core.Tests.Calendar;

public sealed class HolidayDataJsonTests
{
    private const string Valid = """
        {
          "$schema": "dalhaengi.holidays/1",
          "version": "2025-07",
          "days": [
            { "date": "2025-08-04", "kind": "local", "name": { "ko": "군청 휴무일", "en": "County office closure" } },
            { "from": "2025-07-28", "to": "2025-08-01", "kind": "local", "name": { "ko": "폭염 휴식기", "en": "Heat-wave break" }, "note": "season blackout" },
            { "date": "2025-10-10", "kind": "temporary", "name": { "ko": "임시공휴일", "en": "Temporary holiday" } },
            { "date": "2025-10-11", "kind": "substitute", "substituteFor": "2025-10-05", "name": { "ko": "대체공휴일", "en": "Substitute holiday" } }
          ]
        }
        """;

    [Fact]
    public void ParseDays_ValidDocument_ExpandsRangesInFileOrder()
    {
        var days = HolidayDataJson.ParseDays(Valid);

        Assert.Equal(8, days.Count);
        Assert.Equal(new LocalDate(2025, 8, 4), days[0].Date);
        Assert.Equal(Enumerable.Range(0, 5).Select(i => new LocalDate(2025, 7, 28).PlusDays(i)), days.Skip(1).Take(5).Select(h => h.Date));
        Assert.All(days.Take(6), h => Assert.Equal(HolidayKind.Local, h.Kind));
        Assert.Equal(new LocalDate(2025, 10, 5), days[7].SubstituteFor);
    }

    [Fact]
    public void ParseDays_ThenWith_AddsTheDaysToTheCalendar()
    {
        var calendar = KoreanHolidayCalendar.Default.With(HolidayDataJson.ParseDays(Valid));

        Assert.True(calendar.IsHoliday(new LocalDate(2025, 7, 30)));
        Assert.Equal("폭염 휴식기", calendar.FindHoliday(new LocalDate(2025, 7, 30))!.Name.Korean);
    }

    [Theory]
    [InlineData("\"kind\": \"local\"", "\"kind\": \"closure\"", "$.days[0].kind")]
    [InlineData("\"date\": \"2025-08-04\"", "\"date\": \"04/08/2025\"", "$.days[0].date")]
    [InlineData("\"date\": \"2025-08-04\"", "\"date\": \"2051-08-04\"", "$.days[0].date")]
    [InlineData("\"to\": \"2025-08-01\"", "\"to\": \"2025-07-01\"", "$.days[1].to")]
    [InlineData("\"to\": \"2025-08-01\"", "\"to\": \"2027-08-01\"", "$.days[1]")]
    [InlineData("\"substituteFor\": \"2025-10-05\", ", "", "$.days[3].substituteFor")]
    [InlineData("{ \"ko\": \"임시공휴일\", \"en\": \"Temporary holiday\" }", "{ \"ko\": \"\", \"en\": \"Temporary holiday\" }", "$.days[2].name.ko")]
    [InlineData("\"date\": \"2025-10-10\", \"kind\": \"temporary\"", "\"date\": \"2025-10-10\", \"substituteFor\": \"2025-10-09\", \"kind\": \"temporary\"", "$.days[2].substituteFor")]
    [InlineData("\"dalhaengi.holidays/1\"", "\"dalhaengi.holidays/9\"", "$.$schema")]
    public void ParseDays_WhenAFieldIsWrong_NamesItsJsonPath(string find, string replace, string path)
    {
        var ex = Assert.Throws<DalhaengiValidationException>(() => HolidayDataJson.ParseDays(Valid.Replace(find, replace, StringComparison.Ordinal), "yp-days.json"));

        Assert.Equal("yp-days.json", ex.Source);
        Assert.Contains(ex.Problems, p => p.Path == path);
    }

    [Fact]
    public void ParseDays_WhenSeveralThingsAreWrong_ListsEveryProblem()
    {
        var json = Valid.Replace("\"kind\": \"local\"", "\"kind\": \"closure\"", StringComparison.Ordinal).Replace("2025-10-10", "10.10.", StringComparison.Ordinal);

        var ex = Assert.Throws<DalhaengiValidationException>(() => HolidayDataJson.ParseDays(json));

        Assert.Contains(ex.Problems, p => p.Path == "$.days[0].kind");
        Assert.Contains(ex.Problems, p => p.Path == "$.days[1].kind");
        Assert.Contains(ex.Problems, p => p.Path == "$.days[2].date");
    }

    [Fact]
    public void ParseDays_UnknownProperty_IsRejected()
    {
        var ex = Assert.Throws<DalhaengiValidationException>(() => HolidayDataJson.ParseDays("""{ "days": [ { "dat": "2025-08-04" } ] }"""));

        Assert.Single(ex.Problems);
    }

    [Fact]
    public void LoadEmbeddedDesignatedDays_HasTheElectionAndTemporaryDaysOfTheNote()
    {
        var days = HolidayDataJson.LoadEmbeddedDesignatedDays();

        // 17 election and temporary days, and the gazette's name for 2025-05-06 (calendar.md).
        Assert.Equal(18, days.Count);
        Assert.Equal(17, days.Count(h => h.Kind is HolidayKind.Election or HolidayKind.Temporary));
        Assert.Equal("2025-05-06 Substitute 대체공휴일(부처님 오신 날)", Assert.Single(days, h => h.Kind == HolidayKind.Substitute).ToString());
    }

    [Property(Arbitrary = [typeof(CalendarArbitraries)])]
    public bool SerializeDays_ThenParseDays_RoundTrips(YearWithExtraDays input) =>
        HolidayDataJson.ParseDays(HolidayDataJson.SerializeDays(input.Days)).SequenceEqual(input.Days);

    [Fact]
    public void SerializeDays_AllNationalHolidaysOfAYear_RoundTrip()
    {
        var holidays = KoreanHolidayCalendar.Default.GetHolidays(2025);

        Assert.Equal(holidays, HolidayDataJson.ParseDays(HolidayDataJson.SerializeDays(holidays)));
    }
}
