using NodaTime;
using NodaTime.Text;

namespace Dalhaengi.SampleHost.Storage;

/// <summary>
/// How NodaTime values and enums are written into SQLite text columns: ISO strings that sort and read like the
/// values they are (<c>2024-03-06</c>, <c>2024-03-06T08:00:00Z</c>, <c>P7D</c>), and enum names, never numbers,
/// so a reordered enum cannot silently change stored data.
/// </summary>
internal static class StorageFormat
{
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();

    /// <summary>Formats an instant in UTC with as many fraction digits as it has (down to nanoseconds), so it round-trips exactly.</summary>
    public static string Instant(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    public static Instant Instant(string text) => InstantPattern.ExtendedIso.Parse(text).GetValueOrThrow();

    /// <summary>Formats a period keeping its units (<c>P1W</c> stays weeks), so it compares equal after a round trip.</summary>
    public static string Period(Period period) => PeriodPattern.Roundtrip.Format(period);

    public static Period Period(string text) => PeriodPattern.Roundtrip.Parse(text).GetValueOrThrow();

    public static string Enum<T>(T value)
        where T : struct, System.Enum => value.ToString();

    public static T Enum<T>(string text)
        where T : struct, System.Enum =>
        System.Enum.TryParse<T>(text, ignoreCase: false, out var value) && System.Enum.IsDefined(value) && !char.IsAsciiDigit(text[0]) && text[0] != '-'
            ? value
            : throw new InvalidDataException($"'{text}' is not a stored {typeof(T).Name}.");
}
