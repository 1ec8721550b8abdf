using Ardalis.GuardClauses;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Internal;
using Dalhaengi.Core.Serialization;
using NodaTime;

namespace Dalhaengi.Core.Calendar;

/// <summary>
/// Reads and writes lists of days off as JSON (format <c>dalhaengi.holidays/1</c>): a county's closures, a newly
/// designated temporary holiday, a season blackout. The library's own election days and temporary holidays ship
/// in the same format.
/// </summary>
/// <remarks>
/// Each entry has a <c>kind</c> (<c>regular</c>, <c>substitute</c>, <c>election</c>, <c>temporary</c>, <c>local</c> or
/// <c>projected-election</c>),
/// a <c>name</c> <c>{"ko": "군청 휴무일", "en": "County office closure"}</c>, and either one <c>date</c>
/// (<c>2025-08-04</c>) or an inclusive range <c>from</c>/<c>to</c> of at most 366 days, which yields one day per date.
/// A substitute names the date it replaces in <c>substituteFor</c>. Dates must lie in 2014–2050; <c>note</c> is free text
/// for people. Unknown properties are rejected so that a typo is not silently ignored.
/// </remarks>
public static class HolidayDataJson
{
    /// <summary>The schema identifier written to and accepted in <c>$schema</c>.</summary>
    public const string Schema = "dalhaengi.holidays/1";

    private const string DesignatedDaysPath = "calendar/designated-days.json";
    private const int MaxRangeDays = 366;

    /// <summary>Parses a list of days off from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The file name or other description of the input, used in error messages.</param>
    /// <returns>The days, in file order, a range expanded to one day per date.</returns>
    /// <exception cref="DalhaengiValidationException">
    /// The JSON is malformed or the data is invalid; every problem is listed with its JSON path.
    /// </exception>
    public static IReadOnlyList<Holiday> ParseDays(string json, string source = "holidays.json")
    {
        Guard.Against.Null(json);
        Guard.Against.NullOrWhiteSpace(source);
        var doc = DocumentReader.Deserialize(json, CalendarJsonContext.Default.HolidayDaysDocument, source);
        return FromDocument(doc, source);
    }

    /// <summary>Reads a list of days off from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The stream; read to its end and not closed.</param>
    /// <param name="source">The file name or other description of the input, used in error messages.</param>
    /// <returns>The days, in file order.</returns>
    /// <exception cref="DalhaengiValidationException">The JSON is malformed or the data is invalid.</exception>
    public static IReadOnlyList<Holiday> LoadDays(Stream utf8Json, string source = "holidays.json")
    {
        Guard.Against.Null(utf8Json);
        return ParseDays(DocumentReader.ReadText(utf8Json, source), source);
    }

    /// <summary>Writes days off as indented UTF-8 JSON text, one entry per day.</summary>
    /// <param name="days">The days.</param>
    /// <returns>The JSON text, readable by <see cref="ParseDays"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> or one of its items is <see langword="null"/>.</exception>
    public static string SerializeDays(IEnumerable<Holiday> days)
    {
        Guard.Against.Null(days);
        var doc = new HolidayDaysDocument
        {
            Schema = Schema,
            Days = [.. days.Select(h => (HolidayDayDocument?)new HolidayDayDocument
            {
                Date = DocumentReader.Format(Guard.Against.Null(h, nameof(days)).Date),
                Kind = KebabCase.Of(h.Kind),
                Name = new NameDocument { Ko = h.Name.Korean, En = h.Name.HasEnglish ? h.Name.English : null },
                SubstituteFor = h.SubstituteFor is { } s ? DocumentReader.Format(s) : null,
            })],
        };
        return DocumentWriter.Serialize(doc, CalendarJsonContext.Default.HolidayDaysDocument);
    }

    /// <summary>Loads the election days and temporary holidays shipped with the library.</summary>
    internal static IReadOnlyList<Holiday> LoadEmbeddedDesignatedDays() =>
        ParseDays(EmbeddedData.ReadText(DesignatedDaysPath), DesignatedDaysPath);

    private static List<Holiday> FromDocument(HolidayDaysDocument doc, string source)
    {
        var r = new DocumentReader();
        if (!Dalhaengi.Core.Serialization.SchemaReference.Matches(doc.Schema, Schema))
        {
            r.Add("$.$schema", $"unsupported schema '{doc.Schema}'", $"this version reads '{Schema}' or a path to its schema file");
        }

        if (doc.Days is null)
        {
            r.Add("$.days", "is required", "list the days off, e.g. [{\"date\": \"2025-08-04\", \"kind\": \"local\", \"name\": {\"ko\": \"…\", \"en\": \"…\"}}]");
        }

        var days = new List<Holiday>();
        for (var i = 0; i < (doc.Days?.Count ?? 0); i++)
        {
            var p = $"$.days[{i}]";
            if (doc.Days![i] is not { } d)
            {
                r.Add(p, "must not be null");
                continue;
            }

            days.AddRange(ReadDay(r, d, p));
        }

        r.ThrowIfAny(source);
        return days;
    }

    private static IEnumerable<Holiday> ReadDay(DocumentReader r, HolidayDayDocument d, string p)
    {
        var kind = r.Enum<HolidayKind>(d.Kind, p + ".kind");
        var name = r.Name(d.Name, p + ".name");
        var dates = Dates(r, d, p);
        LocalDate? replaces = null;
        if (kind == HolidayKind.Substitute)
        {
            replaces = r.Date(d.SubstituteFor, p + ".substituteFor", required: true);
            if (dates is { Count: > 1 })
            {
                r.Add(p, "a substitute is one day", "use 'date', not 'from'/'to'");
            }
        }
        else if (d.SubstituteFor is not null && kind is not null)
        {
            r.Add(p + ".substituteFor", "is only for kind 'substitute'");
        }

        if (kind is not { } k || name is not { } n || dates is null || (k == HolidayKind.Substitute && replaces is null) || r.HasProblems)
        {
            return [];
        }

        return dates.Select(date => new Holiday(date, k, n, replaces));
    }

    private static List<LocalDate>? Dates(DocumentReader r, HolidayDayDocument d, string p)
    {
        if (d.Date is not null && (d.From is not null || d.To is not null))
        {
            r.Add(p, "has both 'date' and 'from'/'to'", "give one date, or a range with 'from' and 'to'");
            return null;
        }

        if (d.Date is not null || (d.From is null && d.To is null))
        {
            return r.Date(d.Date, p + ".date", required: true) is { } one && InRange(r, one, p + ".date") ? [one] : null;
        }

        var from = r.Date(d.From, p + ".from", required: true);
        var to = r.Date(d.To, p + ".to", required: true);
        if (from is not { } f || to is not { } t || !InRange(r, f, p + ".from") || !InRange(r, t, p + ".to"))
        {
            return null;
        }

        if (t < f)
        {
            r.Add(p + ".to", $"{DocumentReader.Format(t)} is before 'from' {DocumentReader.Format(f)}");
            return null;
        }

        var count = Period.DaysBetween(f, t) + 1;
        if (count > MaxRangeDays)
        {
            r.Add(p, $"the range covers {DocumentReader.FormatNumber(count)} days", $"split it; one entry covers at most {MaxRangeDays} days");
            return null;
        }

        return [.. Enumerable.Range(0, count).Select(f.PlusDays)];
    }

    private static bool InRange(DocumentReader r, LocalDate date, string path)
    {
        if (date.Year is >= KoreanHolidayCalendar.MinYear and <= KoreanHolidayCalendar.MaxYear)
        {
            return true;
        }

        r.Add(path, $"{DocumentReader.Format(date)} is outside the supported years", $"use dates from {KoreanHolidayCalendar.MinYear} to {KoreanHolidayCalendar.MaxYear}");
        return false;
    }
}
