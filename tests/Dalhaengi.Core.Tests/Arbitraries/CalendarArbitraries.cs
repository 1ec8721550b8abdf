using Dalhaengi.Core.Calendar;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Dalhaengi.Core.Tests.Arbitraries;

/// <summary>A year the Korean holiday calendar supports (2014–2050).</summary>
public readonly record struct SupportedYear(int Value)
{
    public IEnumerable<LocalDate> Days()
    {
        for (var d = new LocalDate(Value, 1, 1); d.Year == Value; d = d.PlusDays(1))
        {
            yield return d;
        }
    }

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A supported year with some extra days off in it, as a county or a season would add them.</summary>
public sealed record YearWithExtraDays(SupportedYear Year, IReadOnlyList<Holiday> Days)
{
    public override string ToString() => $"{Year}: [{string.Join(", ", Days)}]";
}

/// <summary>Generators for the holiday-calendar properties.</summary>
public static class CalendarArbitraries
{
    public static Gen<SupportedYear> Years => Gen.Choose(KoreanHolidayCalendar.MinYear, KoreanHolidayCalendar.MaxYear).Select(y => new SupportedYear(y));

    public static Arbitrary<SupportedYear> SupportedYear() => Years.ToArbitrary();

    public static Arbitrary<YearWithExtraDays> YearWithExtraDays() =>
        (from year in Years
         from days in Gen.ListOf(ExtraDay(year.Value))
         select new YearWithExtraDays(year, days)).ToArbitrary();

    private static Gen<Holiday> ExtraDay(int year) =>
        from dayOfYear in Gen.Choose(1, 365)
        from kind in Gen.Elements(HolidayKind.Local, HolidayKind.Temporary, HolidayKind.Election, HolidayKind.Regular)
        select new Holiday(new LocalDate(year, 1, 1).PlusDays(dayOfYear - 1), kind, new BilingualName("군청 휴무일", "County office closure"));
}
