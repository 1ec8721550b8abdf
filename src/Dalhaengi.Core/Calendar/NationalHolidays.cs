using NodaTime;

namespace Dalhaengi.Core.Calendar;

/// <summary>
/// Computes the national holidays of a year: the regular ones, the designated ones (elections and temporary
/// holidays, from data) and the substitute days the era rules give for them. Each year is computed once and
/// shared by every calendar derived from this one with <see cref="KoreanHolidayCalendar.With(IEnumerable{Holiday})"/>.
/// </summary>
internal sealed class NationalHolidays
{
    private readonly IReadOnlyList<SubstituteRule> _rules;
    private readonly ILookup<int, Holiday> _designated;
    private readonly IReadOnlyList<Holiday>?[] _years = new IReadOnlyList<Holiday>?[KoreanHolidayCalendar.MaxYear - KoreanHolidayCalendar.MinYear + 1];

    public NationalHolidays(IReadOnlyList<SubstituteRule> rules, IEnumerable<Holiday> designated)
    {
        _rules = rules;
        _designated = designated.ToLookup(h => h.Date.Year);
    }

    /// <summary>Returns the national holidays of a supported year, in the order they were computed.</summary>
    public IReadOnlyList<Holiday> For(int year)
    {
        var index = year - KoreanHolidayCalendar.MinYear;
        return Volatile.Read(ref _years[index])
            ?? Interlocked.CompareExchange(ref _years[index], Compute(year), null)
            ?? _years[index]!;
    }

    private List<Holiday> Compute(int year)
    {
        var regular = RegularHolidays.For(year);
        var days = new List<Holiday>();
        var reasons = new Dictionary<LocalDate, int>();
        foreach (var occurrence in regular)
        {
            var name = RegularHolidays.NameOf(occurrence.Key);
            for (var d = occurrence.First; d <= occurrence.Last; d = d.PlusDays(1))
            {
                days.Add(new Holiday(d, HolidayKind.Regular, name));
                reasons[d] = reasons.GetValueOrDefault(d) + 1;
            }
        }

        foreach (var designated in _designated[year])
        {
            days.Add(designated);
            reasons[designated.Date] = reasons.GetValueOrDefault(designated.Date) + 1;
        }

        days.AddRange(Substitutes(regular, reasons));
        return days;
    }

    // 대체공휴일: one substitute per overlapping day, searched from the day after the holiday (after the
    // whole block for 설날/추석), skipping Sundays, holidays and substitutes already given (chaining).
    private List<Holiday> Substitutes(IReadOnlyList<RegularOccurrence> regular, Dictionary<LocalDate, int> reasons)
    {
        var overlaps = new Dictionary<LocalDate, (LocalDate SearchFrom, List<RegularHoliday> For)>();
        foreach (var occurrence in regular)
        {
            for (var d = occurrence.First; d <= occurrence.Last; d = d.PlusDays(1))
            {
                if (!_rules.Any(rule => rule.Covers(occurrence.Key, d) && Triggers(rule, d, reasons)))
                {
                    continue;
                }

                var searchFrom = occurrence.Last.PlusDays(1);
                if (overlaps.TryGetValue(d, out var existing))
                {
                    existing.For.Add(occurrence.Key);
                    overlaps[d] = (LocalDate.Max(existing.SearchFrom, searchFrom), existing.For);
                }
                else
                {
                    overlaps[d] = (searchFrom, [occurrence.Key]);
                }
            }
        }

        var result = new List<Holiday>();
        var taken = new HashSet<LocalDate>(reasons.Keys);
        foreach (var (day, (searchFrom, keys)) in overlaps.OrderBy(o => o.Value.SearchFrom).ThenBy(o => o.Key))
        {
            var candidate = searchFrom;
            while (candidate.DayOfWeek == IsoDayOfWeek.Sunday || taken.Contains(candidate))
            {
                candidate = candidate.PlusDays(1);
            }

            taken.Add(candidate);
            result.Add(new Holiday(candidate, HolidayKind.Substitute, SubstituteName(keys), day));
        }

        return result;
    }

    private static bool Triggers(SubstituteRule rule, LocalDate day, Dictionary<LocalDate, int> reasons) =>
        (day.DayOfWeek == IsoDayOfWeek.Sunday && rule.Triggers.Contains(SubstituteTrigger.Sunday))
        || (day.DayOfWeek == IsoDayOfWeek.Saturday && rule.Triggers.Contains(SubstituteTrigger.Saturday))
        || (reasons.GetValueOrDefault(day) > 1 && rule.Triggers.Contains(SubstituteTrigger.OtherHoliday));

    private static BilingualName SubstituteName(List<RegularHoliday> keys)
    {
        var names = keys.Distinct().Select(RegularHolidays.NameOf).ToList();
        return new(
            $"대체공휴일({string.Join("·", names.Select(n => n.Korean))})",
            $"Substitute holiday ({string.Join(", ", names.Select(n => n.English))})");
    }
}
