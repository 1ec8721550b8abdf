using NodaTime;

namespace Dalhaengi.Core.Calendar;

/// <summary>
/// Computes the national holidays of a year: the regular ones in force that year, the designated ones (elections and
/// temporary holidays, from data), the substitute days the era rules give for them, and the projected days of
/// term-expiry elections not yet in the data. Each year is computed once and shared by every calendar derived from
/// this one with <see cref="KoreanHolidayCalendar.With(IEnumerable{Holiday})"/>.
/// </summary>
internal sealed class NationalHolidays
{
    private readonly RegularHolidays _regular;
    private readonly IReadOnlyList<SubstituteRule> _rules;
    private readonly IReadOnlyList<StatutoryElection> _elections;
    private readonly List<Holiday> _designated;
    private readonly ILookup<int, Holiday> _designatedByYear;
    private readonly IReadOnlyList<Holiday>?[] _years = new IReadOnlyList<Holiday>?[KoreanHolidayCalendar.MaxYear - KoreanHolidayCalendar.MinYear + 1];

    public NationalHolidays(RegularHolidays regular, IReadOnlyList<SubstituteRule> rules, IEnumerable<Holiday> designated, IReadOnlyList<StatutoryElection> elections)
    {
        _regular = regular;
        _rules = rules;
        _elections = elections;
        _designated = [.. designated];
        _designatedByYear = _designated.ToLookup(h => h.Date.Year);
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
        var regular = _regular.For(year);
        var days = new List<Holiday>();
        var reasons = new Dictionary<LocalDate, int>();
        foreach (var occurrence in regular)
        {
            var name = _regular.NameOf(occurrence.Key);
            for (var d = occurrence.First; d <= occurrence.Last; d = d.PlusDays(1))
            {
                days.Add(new Holiday(d, HolidayKind.Regular, name));
                reasons[d] = reasons.GetValueOrDefault(d) + 1;
            }
        }

        // A shipped substitute is not a reason of its own: it only gives a computed substitute its official name
        // (the gazette calls 2025-05-06 대체공휴일(부처님 오신 날)), or adds one the rules do not give.
        var shippedSubstitutes = new Dictionary<LocalDate, Holiday>();
        foreach (var designated in _designatedByYear[year])
        {
            if (designated.Kind == HolidayKind.Substitute)
            {
                shippedSubstitutes[designated.Date] = designated;
                continue;
            }

            days.Add(designated);
            reasons[designated.Date] = reasons.GetValueOrDefault(designated.Date) + 1;
        }

        foreach (var substitute in Substitutes(regular, reasons))
        {
            days.Add(shippedSubstitutes.Remove(substitute.Date, out var shipped) ? shipped : substitute);
        }

        days.AddRange(shippedSubstitutes.Values);
        days.AddRange(ProjectedElections(year, days));
        return days;
    }

    // 공직선거법 §34, for the terms that end this year and have no election day in the shipped data. The days
    // computed so far (regular, designated, substitute) are the public holidays the rule looks at.
    private IEnumerable<Holiday> ProjectedElections(int year, List<Holiday> days)
    {
        var holidays = days.Select(d => d.Date).ToHashSet();
        foreach (var election in _elections)
        {
            foreach (var end in election.TermEndsIn(year))
            {
                var overrideFrom = election.OverrideFrom(end);
                if (_designated.Any(d => d.Kind == HolidayKind.Election && d.Date >= overrideFrom && d.Date <= end))
                {
                    continue;
                }

                yield return new Holiday(election.DayFor(end, holidays.Contains), HolidayKind.ProjectedElection, election.Name);
            }
        }
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

    // "Another holiday" includes a Sunday, which is a holiday for government offices: the law's "토요일 또는 다른
    // 공휴일" covers a national day on a Sunday without naming Sundays.
    private static bool Triggers(SubstituteRule rule, LocalDate day, Dictionary<LocalDate, int> reasons) =>
        (day.DayOfWeek == IsoDayOfWeek.Sunday && (rule.Triggers.Contains(SubstituteTrigger.Sunday) || rule.Triggers.Contains(SubstituteTrigger.OtherHoliday)))
        || (day.DayOfWeek == IsoDayOfWeek.Saturday && rule.Triggers.Contains(SubstituteTrigger.Saturday))
        || (reasons.GetValueOrDefault(day) > 1 && rule.Triggers.Contains(SubstituteTrigger.OtherHoliday));

    private BilingualName SubstituteName(List<RegularHoliday> keys)
    {
        var names = keys.Distinct().Select(_regular.NameOf).ToList();
        return new(
            $"대체공휴일({string.Join("·", names.Select(n => n.Korean))})",
            $"Substitute holiday ({string.Join(", ", names.Select(n => n.English))})");
    }
}
