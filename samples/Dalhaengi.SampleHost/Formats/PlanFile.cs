using System.Globalization;
using Dalhaengi.Core.Calendar;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Rotation;
using Dalhaengi.SampleHost.Infrastructure;
using NodaTime;
using NodaTime.Text;

namespace Dalhaengi.SampleHost.Formats;

/// <summary>
/// Reads back a plan CSV (the <c>plan --format csv</c> output) for a re-plan: the season's dates, weekdays and slots,
/// the whole days it skipped (kept skipped), and each session's team (used when the held file gives none).
/// </summary>
internal sealed class PlanFile
{
    public required DateInterval Dates { get; init; }

    public required IReadOnlyList<IsoDayOfWeek> Weekdays { get; init; }

    public required int SessionsPerDay { get; init; }

    public required IReadOnlyList<SeasonBlackout> SkippedDays { get; init; }

    public required IReadOnlyDictionary<(LocalDate, int), IReadOnlyList<PartnerId>> Teams { get; init; }

    /// <summary>Reads the plan; a session on a public holiday of <paramref name="calendar"/> is refused with its line.</summary>
    public static PlanFile Read(string path, IHolidayCalendar calendar)
    {
        using var reader = StrictText.Open(path);
        var records = Csv.ReadAll(reader, path);
        if (records.Count == 0 || !string.Equals(string.Join(',', records[0].Fields), PlanCsv.Header, StringComparison.Ordinal))
        {
            throw new BadInputException($"{path}:1: expected the header '{PlanCsv.Header}'");
        }

        var dates = new List<LocalDate>();
        var maxSlot = 1;
        var skipped = new List<SeasonBlackout>();
        var teams = new Dictionary<(LocalDate, int), IReadOnlyList<PartnerId>>();
        var rows = new HashSet<(LocalDate, int?)>();
        foreach (var (line, f) in records.Skip(1))
        {
            if (f.Length != 7)
            {
                throw new BadInputException($"{path}:{line}: expected 7 fields, found {f.Length}");
            }

            var date = ParseDate(f[0], $"{path}:{line}");
            dates.Add(date);
            var slot = f[1].Length == 0 ? (int?)null : ParseSlot(f[1], $"{path}:{line}");
            if (!rows.Add((date, slot)))
            {
                throw new BadInputException($"{path}:{line}: {f[0]} slot {(slot is { } n ? n : "(whole day)")} is listed twice");
            }

            maxSlot = Math.Max(maxSlot, slot ?? 1);
            switch (f[2])
            {
                case "planned" or "held" when slot is { } s:
                    // A session on a public holiday would be counted toward fair shares although it cannot be held.
                    if (calendar.FindHoliday(date) is { } holiday)
                    {
                        throw new BadInputException($"{path}:{line}: {f[0]} is a public holiday ({holiday.Name.Korean}); a session cannot be {f[2]} on it");
                    }

                    try
                    {
                        teams[(date, s)] = [.. f[5].Split(';', StringSplitOptions.RemoveEmptyEntries).Select(id => new PartnerId(id))];
                    }
                    catch (ArgumentException ex)
                    {
                        throw new BadInputException($"{path}:{line}: {ex.Message.Split(" (Parameter", 2)[0]}");
                    }

                    break;
                case "skipped" when slot is null:
                    skipped.Add(new SeasonBlackout(new DateInterval(date, date), f[6].Length == 0 ? "skipped in the original plan" : f[6]));
                    break;
                case "skipped":
                    break;
                default:
                    throw new BadInputException($"{path}:{line}: unknown status '{f[2]}' (expected planned, held or skipped; sessions need a slot)");
            }
        }

        if (dates.Count == 0)
        {
            throw new BadInputException($"{path}: the plan has no rows");
        }

        return new PlanFile
        {
            Dates = new DateInterval(dates.Min(), dates.Max()),
            Weekdays = [.. dates.Select(d => d.DayOfWeek).Distinct().Order()],
            SessionsPerDay = maxSlot,
            SkippedDays = skipped,
            Teams = teams,
        };
    }

    /// <summary>The most sessions a plan may have on one day; more is a typing mistake, not a season.</summary>
    public const int MaxSlot = 50;

    public static LocalDate ParseDate(string text, string where)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        if (!result.Success)
        {
            throw new BadInputException($"{where}: '{text}' is not a date (use yyyy-MM-dd)");
        }

        // The holiday calendar, and so the planner, knows these years only.
        return result.Value.Year is >= KoreanHolidayCalendar.MinYear and <= KoreanHolidayCalendar.MaxYear
            ? result.Value
            : throw new BadInputException($"{where}: {text} is outside {KoreanHolidayCalendar.MinYear}–{KoreanHolidayCalendar.MaxYear}, the years the holiday calendar covers");
    }

    public static int ParseSlot(string text, string where) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxSlot
            ? n
            : throw new BadInputException($"{where}: '{text}' is not a slot number (1 to {MaxSlot})");
}
