namespace Dalhaengi.Core.Calendar;

/// <summary>
/// The regular public holidays of 관공서의 공휴일에 관한 규정 제2조 (from 2022 also 공휴일에 관한 법률 제2조),
/// other than Sundays. The kebab-case names (<c>childrens-day</c>) are the keys of <c>Data/calendar/regular-holidays.json</c>
/// (dates and periods in force) and of the substitute-rule data. Numbers are not stored anywhere; new members go last.
/// </summary>
internal enum RegularHoliday
{
    /// <summary>1 January (신정).</summary>
    NewYearsDay,

    /// <summary>설날: the last day of lunar month 12, lunar 1/1 and 1/2.</summary>
    Seollal,

    /// <summary>3·1절, 1 March.</summary>
    IndependenceMovementDay,

    /// <summary>어린이날, 5 May.</summary>
    ChildrensDay,

    /// <summary>부처님 오신 날, lunar 4/8.</summary>
    BuddhasBirthday,

    /// <summary>현충일, 6 June.</summary>
    MemorialDay,

    /// <summary>광복절, 15 August.</summary>
    LiberationDay,

    /// <summary>추석: lunar 8/14, 8/15 and 8/16.</summary>
    Chuseok,

    /// <summary>개천절, 3 October.</summary>
    NationalFoundationDay,

    /// <summary>한글날, 9 October (not a holiday 1991–2012, again from 2013).</summary>
    HangulDay,

    /// <summary>기독탄신일, 25 December.</summary>
    Christmas,

    /// <summary>제헌절, 17 July: a holiday until 2007 and again from 2026.</summary>
    ConstitutionDay,

    /// <summary>노동절, 1 May: a holiday for government offices from 2026 (before, 근로자의 날 was not one).</summary>
    LabourDay,
}
