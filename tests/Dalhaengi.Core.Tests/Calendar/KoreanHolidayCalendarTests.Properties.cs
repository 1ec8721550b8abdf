using Dalhaengi.Core.Calendar;
using Dalhaengi.Core.Tests.Arbitraries;
using FsCheck.Xunit;
using NodaTime;

namespace Dalhaengi.Core.Tests.Calendar;

/// <summary>Invariants that hold in every supported year, 2014–2050.</summary>
public sealed partial class KoreanHolidayCalendarTests
{
    private static bool ThreeConsecutiveDays(IReadOnlyList<Holiday> holidays, string koreanName)
    {
        var days = holidays.Where(h => h.Kind == HolidayKind.Regular && h.Name.Korean == koreanName).Select(h => h.Date).ToList();
        return days.Count == 3 && days[1] == days[0].PlusDays(1) && days[2] == days[1].PlusDays(1);
    }

    [Property(Arbitrary = [typeof(CalendarArbitraries)])]
    public bool EveryYear_HasThreeConsecutiveSeollalAndChuseokDays(SupportedYear year)
    {
        var holidays = Calendar.GetHolidays(year.Value);
        return ThreeConsecutiveDays(holidays, "설날") && ThreeConsecutiveDays(holidays, "추석");
    }

    [Property(Arbitrary = [typeof(CalendarArbitraries)])]
    public bool SubstituteDays_AreNeverSundaysNorOtherHolidays(SupportedYear year)
    {
        var holidays = Calendar.GetHolidays(year.Value);
        return holidays.Where(h => h.Kind == HolidayKind.Substitute).All(s =>
            s.Date.DayOfWeek != IsoDayOfWeek.Sunday && holidays.Count(h => h.Date == s.Date) == 1);
    }

    [Property(Arbitrary = [typeof(CalendarArbitraries)])]
    public bool SubstituteDays_FollowTheHolidayTheyReplaceWithinSevenDays(SupportedYear year)
    {
        var holidays = Calendar.GetHolidays(year.Value);
        return holidays.Where(h => h.Kind == HolidayKind.Substitute).All(s =>
            s.SubstituteFor is { } replaced
            && holidays.Any(h => h.Date == replaced && h.Kind == HolidayKind.Regular)
            && Period.DaysBetween(replaced, s.Date) is >= 1 and <= 7);
    }

    [Property(Arbitrary = [typeof(CalendarArbitraries)])]
    public bool IsHoliday_AgreesWithGetHolidaysAndFindHoliday(SupportedYear year)
    {
        var listed = Calendar.GetHolidays(year.Value).Select(h => h.Date).ToHashSet();
        return year.Days().All(d =>
            Calendar.IsHoliday(d) == (d.DayOfWeek == IsoDayOfWeek.Sunday || listed.Contains(d))
            && (Calendar.FindHoliday(d) is not null) == listed.Contains(d)
            && Calendar.IsWorkingDay(d) == (d.DayOfWeek is not IsoDayOfWeek.Saturday and not IsoDayOfWeek.Sunday && !listed.Contains(d)));
    }

    [Property(Arbitrary = [typeof(CalendarArbitraries)])]
    public bool GetHolidays_IsSortedByDate(SupportedYear year)
    {
        var dates = Calendar.GetHolidays(year.Value).Select(h => h.Date).ToList();
        return dates.Zip(dates.Skip(1)).All(p => p.First <= p.Second) && dates.All(d => d.Year == year.Value);
    }

    [Property(Arbitrary = [typeof(CalendarArbitraries)])]
    public bool With_NeverRemovesAHoliday(YearWithExtraDays input)
    {
        var year = input.Year.Value;
        var extended = Calendar.With(input.Days);
        var after = extended.GetHolidays(year);
        return Calendar.GetHolidays(year).All(after.Contains)
            && input.Days.All(after.Contains)
            && input.Year.Days().All(d => !Calendar.IsHoliday(d) || extended.IsHoliday(d));
    }
}
