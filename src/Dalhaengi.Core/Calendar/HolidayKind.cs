namespace Dalhaengi.Core.Calendar;

/// <summary>Why a day is a holiday (공휴일).</summary>
public enum HolidayKind
{
    /// <summary>A regular public holiday fixed by law (공휴일에 관한 법률), solar or lunar.</summary>
    Regular,

    /// <summary>A substitute holiday (대체공휴일) for a holiday that fell on a Sunday, a Saturday or another holiday.</summary>
    Substitute,

    /// <summary>An election day (선거일).</summary>
    Election,

    /// <summary>A temporary holiday designated by the Cabinet (임시공휴일).</summary>
    Temporary,

    /// <summary>A closure or blackout day added by a municipality or a season (not a national holiday).</summary>
    Local,

    /// <summary>
    /// A term-expiry election day computed by 공직선거법 §34 (선거일 예정) that the shipped data does not list yet. It is a
    /// holiday for planning; a plan that relies on one warns, because the day is confirmed only when the election is called.
    /// </summary>
    ProjectedElection,
}
