using NodaTime;

namespace Dalhaengi.Core.Calendar;

/// <summary>One occurrence of a regular holiday: a single day, or the three-day block of 설날 or 추석.</summary>
/// <param name="Key">Which holiday.</param>
/// <param name="First">The first day.</param>
/// <param name="Last">The last day (equal to <paramref name="First"/> for a one-day holiday).</param>
internal readonly record struct RegularOccurrence(RegularHoliday Key, LocalDate First, LocalDate Last);

/// <summary>
/// Computes the regular holidays of a year from their definitions in <c>Data/calendar/regular-holidays.json</c>
/// (관공서의 공휴일에 관한 규정 제2조 and, from 2022-01-01, 공휴일에 관한 법률 제2조).
/// </summary>
/// <remarks>
/// A holiday counts in a year only when its main day lies in one of its periods: 한글날 was not a holiday 1991–2012,
/// 제헌절 not 2008–2025, 노동절 only from 2026. 설날 eve is computed as the day before lunar 1/1, which avoids naming
/// lunar month 12 of the previous lunar year (ordinal 13 when that year had a leap month).
/// </remarks>
internal sealed class RegularHolidays
{
    private readonly IReadOnlyList<RegularHolidayDefinition> _definitions;
    private readonly Dictionary<RegularHoliday, BilingualName> _names;

    public RegularHolidays(IReadOnlyList<RegularHolidayDefinition> definitions)
    {
        _definitions = definitions;
        _names = definitions.ToDictionary(d => d.Key, d => d.Name);
    }

    /// <summary>Gets the holidays of the embedded data.</summary>
    public static RegularHolidays Embedded { get; } = new(RegularHolidaysJson.LoadEmbedded());

    /// <summary>Gets the definitions, in data order.</summary>
    public IReadOnlyList<RegularHolidayDefinition> Definitions => _definitions;

    /// <summary>Lists the regular holidays of a year in calendar order.</summary>
    public IReadOnlyList<RegularOccurrence> For(int year) =>
        [.. _definitions.Select(d => d.In(year)).OfType<RegularOccurrence>().OrderBy(o => o.First).ThenBy(o => o.Key)];

    /// <summary>Returns the name of a regular holiday as the law writes it, with an English gloss.</summary>
    public BilingualName NameOf(RegularHoliday key) =>
        _names.TryGetValue(key, out var name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(key), key, "The regular-holiday data does not define this holiday.");
}
