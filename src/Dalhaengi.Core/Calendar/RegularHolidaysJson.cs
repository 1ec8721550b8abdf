using System.Globalization;
using Dalhaengi.Core.Internal;
using Dalhaengi.Core.Serialization;
using NodaTime;

namespace Dalhaengi.Core.Calendar;

/// <summary>Reads the regular-holiday table (format <c>dalhaengi.regular-holidays/1</c>).</summary>
internal static class RegularHolidaysJson
{
    public const string Schema = "dalhaengi.regular-holidays/1";

    public const string EmbeddedPath = "calendar/regular-holidays.json";

    public static IReadOnlyList<RegularHolidayDefinition> LoadEmbedded() => Parse(EmbeddedData.ReadText(EmbeddedPath), EmbeddedPath);

    public static IReadOnlyList<RegularHolidayDefinition> Parse(string json, string source)
    {
        var doc = DocumentReader.Deserialize(json, CalendarJsonContext.Default.RegularHolidaysDocument, source);
        var r = new DocumentReader();
        // The format id, or a path to its schema file so that an editor validates the file (docs/schemas.md).
        if (doc.Schema is null || !SchemaReference.Matches(doc.Schema, Schema))
        {
            r.Add("$.$schema", $"unsupported schema '{doc.Schema}'", $"this version reads '{Schema}' or a path to {SchemaReference.FileName(Schema)}");
        }

        if (doc.Holidays is null)
        {
            r.Add("$.holidays", "is required", "list the regular holidays with their periods");
        }

        var result = new List<RegularHolidayDefinition>();
        var seen = new HashSet<RegularHoliday>();
        for (var i = 0; i < (doc.Holidays?.Count ?? 0); i++)
        {
            var p = $"$.holidays[{i}]";
            if (doc.Holidays![i] is not { } h)
            {
                r.Add(p, "must not be null");
                continue;
            }

            var key = r.Enum<RegularHoliday>(h.Key, p + ".key");
            if (key is { } k && !seen.Add(k))
            {
                r.Add(p + ".key", $"'{h.Key}' is listed twice", "give each holiday one entry with several periods");
            }

            var name = r.Name(h.Name, p + ".name");
            var date = MonthDay(r, h, p);
            var periods = Periods(r, h.Periods, p + ".periods");
            var before = Span(r, h.DaysBefore, p + ".daysBefore");
            var after = Span(r, h.DaysAfter, p + ".daysAfter");
            if (key is not null && name is not null && date is { } md && periods is not null && before is not null && after is not null)
            {
                result.Add(new RegularHolidayDefinition(key.Value, name.Value, md.Lunar, md.Month, md.Day, before.Value, after.Value, periods));
            }
        }

        r.ThrowIfAny(source);
        return result;
    }

    private static (bool Lunar, int Month, int Day)? MonthDay(DocumentReader r, RegularHolidayDocument h, string p)
    {
        if ((h.Solar is null) == (h.Lunar is null))
        {
            r.Add(p, "needs exactly one of 'solar' and 'lunar'", "for example \"solar\": \"05-05\" or \"lunar\": \"04-08\"");
            return null;
        }

        var lunar = h.Lunar is not null;
        var text = h.Lunar ?? h.Solar!;
        var path = p + (lunar ? ".lunar" : ".solar");
        var parts = text.Split('-');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || month is < 1 or > 12 || day < 1 || day > (lunar ? 30 : CalendarSystem.Iso.GetDaysInMonth(2024, month)))
        {
            r.Add(path, $"'{text}' is not a month and day", "use MM-dd, e.g. 05-05");
            return null;
        }

        return (lunar, month, day);
    }

    private static int? Span(DocumentReader r, int? value, string path)
    {
        if (value is null)
        {
            return 0;
        }

        if (value is < 0 or > 3)
        {
            r.Add(path, $"{value} is out of range", "use 0 to 3 days");
            return null;
        }

        return value;
    }

    private static List<HolidayPeriod>? Periods(DocumentReader r, List<HolidayPeriodDocument?>? periods, string path)
    {
        if (periods is null || periods.Count == 0)
        {
            r.Add(path, "must list at least one period", "use [{}] for a holiday in force over the whole calendar");
            return null;
        }

        var result = new List<HolidayPeriod>();
        for (var i = 0; i < periods.Count; i++)
        {
            var p = $"{path}[{i}]";
            if (periods[i] is not { } period)
            {
                r.Add(p, "must not be null");
                return null;
            }

            var from = r.Date(period.From, p + ".from", required: false);
            var until = r.Date(period.Until, p + ".until", required: false);
            if (from is { } f && until is { } u && u < f)
            {
                r.Add(p + ".until", "must not be before 'from'");
                return null;
            }

            if (result.Count > 0 && (result[^1].Until is not { } previousEnd || from is not { } start || start <= previousEnd))
            {
                r.Add(p, "overlaps or precedes the period before it", "list periods in order, each ending before the next begins");
                return null;
            }

            result.Add(new HolidayPeriod(from, until));
        }

        return result;
    }
}
