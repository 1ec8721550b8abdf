using System.Globalization;
using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;
using NodaTime;

namespace Dalhaengi.Core.Calendar;

/// <summary>
/// The public holidays (공휴일) a Korean government office keeps, 2014 to 2050: Sundays, the regular holidays of
/// 관공서의 공휴일에 관한 규정 제2조 and 공휴일에 관한 법률 (solar and lunar), substitute holidays (대체공휴일) by the
/// era of the law, election days and temporary holidays (임시공휴일) shipped as data, and any local days a caller adds.
/// </summary>
/// <remarks>
/// <para>
/// Regular holidays and the periods each was one come from <c>Data/calendar/regular-holidays.json</c> (노동절 from 2026;
/// 제헌절 until 2007 and again from 2026; 한글날 again from 2013). Substitute-holiday eras come from
/// <c>Data/calendar/substitute-rules.json</c>: from 2014 (규정 개정 2013-11-05, first applied 2014-09-10) 설날 and 추석 on a
/// Sunday or another holiday, and 어린이날 on a Saturday or another holiday; from August 2021 광복절, 개천절 and 한글날,
/// from 2022 3·1절, from May 2023 부처님 오신 날 and 기독탄신일, and from 2026 제헌절 and 노동절, each on a Saturday or
/// another holiday (a Sunday is a holiday for offices). 신정 and 현충일 never get one. One overlapping day gives one
/// substitute, the first day after the holiday (after the whole block for 설날/추석) that is neither a Sunday nor a
/// holiday; a Saturday can be one. Substitutes chain when they would collide.
/// </para>
/// <para>
/// Term-expiry election days after the shipped ones are projected by 공직선거법 §34 from
/// <c>Data/calendar/statutory-elections.json</c> and have kind <see cref="HolidayKind.ProjectedElection"/>; an election day in
/// the shipped data replaces the projection.
/// </para>
/// <para>
/// Each year is computed on first use and then kept: <see cref="IsHoliday"/> on a year already used is a bit test
/// without allocation. Instances are immutable and safe to share between threads.
/// </para>
/// </remarks>
public sealed class KoreanHolidayCalendar : IHolidayCalendar
{
    /// <summary>The first supported year.</summary>
    public const int MinYear = 2014;

    /// <summary>The last supported year (the BCL lunar calendar reaches early 2051).</summary>
    public const int MaxYear = 2050;

    private const int YearCount = MaxYear - MinYear + 1;

    private readonly NationalHolidays _national;
    private readonly ValueList<Holiday> _additional;
    private readonly ILookup<int, Holiday> _additionalByYear;
    private readonly HolidayYear?[] _years = new HolidayYear?[YearCount];

    private KoreanHolidayCalendar(NationalHolidays national, ValueList<Holiday> additional)
    {
        _national = national;
        _additional = additional;
        _additionalByYear = additional.ToLookup(h => h.Date.Year);
    }

    /// <summary>Gets the calendar built from the embedded data: national holidays only, no local days.</summary>
    public static KoreanHolidayCalendar Default { get; } = new(
        new NationalHolidays(RegularHolidays.Embedded, SubstituteRulesJson.LoadEmbedded(), HolidayDataJson.LoadEmbeddedDesignatedDays(), StatutoryElectionsJson.LoadEmbedded()),
        ValueList<Holiday>.Empty);

    /// <summary>Builds a calendar from other substitute rules and designated days (tests, and a future law as data).</summary>
    internal static KoreanHolidayCalendar Create(
        IReadOnlyList<SubstituteRule> rules,
        IEnumerable<Holiday> designatedDays,
        IReadOnlyList<StatutoryElection>? elections = null,
        RegularHolidays? regular = null) =>
        new(new NationalHolidays(regular ?? RegularHolidays.Embedded, rules, designatedDays, elections ?? StatutoryElectionsJson.LoadEmbedded()), ValueList<Holiday>.Empty);

    /// <summary>Gets the days added to this calendar with <see cref="With(IEnumerable{Holiday})"/>, in the order added.</summary>
    public IReadOnlyList<Holiday> AdditionalDays => _additional;

    /// <inheritdoc />
    /// <remarks>Allocation-free once the year has been used.</remarks>
    public bool IsHoliday(LocalDate date)
    {
        date = Iso(date);
        return Year(date.Year).Contains(date.DayOfYear);
    }

    /// <inheritdoc />
    /// <remarks>
    /// On a day with several reasons, returns the most specific: regular, then election, then temporary, then
    /// substitute, then local (a substitute exists only because of another day; a local closure is not national).
    /// </remarks>
    public Holiday? FindHoliday(LocalDate date)
    {
        date = Iso(date);
        return Year(date.Year).Find(date.DayOfYear);
    }

    /// <inheritdoc />
    public IReadOnlyList<Holiday> GetHolidays(int year) => Year(year, nameof(year)).Holidays;

    /// <inheritdoc />
    public IReadOnlyList<Holiday> GetHolidays(DateInterval interval)
    {
        Guard.Against.Null(interval);
        var start = Iso(interval.Start);
        var end = Iso(interval.End);
        CheckYear(start.Year, nameof(interval));
        CheckYear(end.Year, nameof(interval));
        var result = new List<Holiday>();
        for (var year = start.Year; year <= end.Year; year++)
        {
            result.AddRange(Year(year).Holidays.Where(h => h.Date >= start && h.Date <= end));
        }

        return result;
    }

    /// <inheritdoc />
    public bool IsWorkingDay(LocalDate date) => date.DayOfWeek != IsoDayOfWeek.Saturday && !IsHoliday(date);

    /// <inheritdoc />
    public LocalDate NextWorkingDay(LocalDate date)
    {
        // A date past the calendar is refused before PlusDays, so that the last representable date is the documented
        // out-of-range error, not an overflow; dates before it still reach the first covered day as before.
        if (Iso(date).Year > MaxYear)
        {
            CheckYear(Iso(date).Year, nameof(date));
        }

        var next = Iso(date).PlusDays(1);
        while (!IsWorkingDay(next))
        {
            next = next.PlusDays(1);
        }

        return next;
    }

    /// <summary>Returns a calendar with more days off, leaving this one unchanged.</summary>
    /// <param name="additionalDays">
    /// Days to add, for example a newly designated temporary holiday, a county closure or a season blackout
    /// (<see cref="HolidayKind.Local"/>); load them from a file with <see cref="HolidayDataJson.ParseDays"/>.
    /// </param>
    /// <returns>A new calendar with every holiday of this one plus the additional days.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="additionalDays"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A day lies outside 2014–2050.</exception>
    /// <remarks>
    /// Added days never remove or move a holiday: substitute days stay where the law put them even when an added
    /// day falls on one (add a substitute yourself if a new designation moves one). Adding nothing returns this calendar.
    /// </remarks>
    public KoreanHolidayCalendar With(IEnumerable<Holiday> additionalDays)
    {
        Guard.Against.Null(additionalDays);
        var added = additionalDays.ToList();
        foreach (var day in added)
        {
            Guard.Against.Null(day, nameof(additionalDays));
            CheckYear(Iso(day.Date).Year, nameof(additionalDays));
        }

        return added.Count == 0 ? this : new KoreanHolidayCalendar(_national, _additional.Concat(added.Select(IsoHoliday)).ToValueList());
    }

    /// <inheritdoc />
    IHolidayCalendar IHolidayCalendar.With(IEnumerable<Holiday> additionalDays) => With(additionalDays);

    internal static void CheckYear(int year, string parameterName)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(
                parameterName,
                year,
                string.Create(CultureInfo.InvariantCulture, $"The Korean holiday calendar covers {MinYear} to {MaxYear}; {year} is outside that range."));
        }
    }

    private static Holiday IsoHoliday(Holiday h) =>
        ReferenceEquals(h.Date.Calendar, CalendarSystem.Iso) ? h : new Holiday(Iso(h.Date), h.Kind, h.Name, h.SubstituteFor is { } s ? Iso(s) : null);

    private static LocalDate Iso(LocalDate date) =>
        ReferenceEquals(date.Calendar, CalendarSystem.Iso) ? date : date.WithCalendar(CalendarSystem.Iso);

    private HolidayYear Year(int year, string parameterName = "date")
    {
        // Unchecked: GetHolidays(int.MinValue) must be the documented ArgumentOutOfRangeException, not an overflow.
        var index = unchecked(year - MinYear);
        if (unchecked((uint)index) >= YearCount)
        {
            CheckYear(year, parameterName);
        }

        return Volatile.Read(ref _years[index]) ?? Build(index);
    }

    private HolidayYear Build(int index)
    {
        var year = index + MinYear;
        var built = new HolidayYear(year, _national.For(year).Concat(_additionalByYear[year]));

        // Two threads may build the same year; both results are equal, and the first one published wins.
        return Interlocked.CompareExchange(ref _years[index], built, null) ?? built;
    }
}
