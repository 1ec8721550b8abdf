using NodaTime;
using NodaTime.Text;

namespace Dalhaengi.Core.Serialization;

/// <summary>
/// Parses the ISO dates of data files (<c>2025-03-05</c>) exactly as <see cref="LocalDatePattern.Iso"/> does, with a
/// fast path for the one shape every file uses.
/// </summary>
/// <remarks>
/// The first use of a NodaTime text pattern builds its parser and format info: about 340 methods for the JIT
/// (measured), a large part of a fresh process's time to its first screening result. The fast path reads four
/// digits, '-', two, '-', two, with a year from 1 to 9999 and a day that exists; anything else (a year 0, a sign, a
/// wrong day, any other text) goes to the NodaTime pattern, so results and error messages do not change.
/// </remarks>
internal static class IsoDate
{
    /// <summary>Parses <paramref name="text"/>; <see langword="false"/> when it is not an ISO date.</summary>
    internal static bool TryParse(string text, out LocalDate date)
    {
        if (TryParseCommon(text, out date))
        {
            return true;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        date = result.Success ? result.Value : default;
        return result.Success;
    }

    /// <summary>The fast path alone: the shape <c>yyyy-MM-dd</c> with a date that exists, year 1 to 9999.</summary>
    internal static bool TryParseCommon(ReadOnlySpan<char> text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DaysIn(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            // ASCII digits only: NodaTime's invariant pattern does not read other scripts' digits either.
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static int DaysIn(int year, int month) => month switch
    {
        2 => (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };
}
