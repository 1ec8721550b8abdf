namespace Dalhaengi.Core.Internal;

/// <summary>
/// Finds resident registration numbers (주민등록번호) in text so that no entry point of the library stores one.
/// </summary>
/// <remarks>
/// Recognises a valid <c>YYMMDD</c> birth date followed by a 7th digit of 1–8 and six more digits, written plain
/// (<c>9001011234567</c>) or with a hyphen, en dash, em dash, minus, full-width <c>－</c> and/or spaces between the
/// two halves; ASCII and full-width digits alike. The date and the 7th digit keep phone numbers and other 13-digit
/// strings from false alarms. The check digit is deliberately not tested: numbers issued since October 2020 no
/// longer carry one, so testing it would let those through.
/// </remarks>
internal static class ResidentNumber
{
    internal const string Message =
        "The text contains what looks like a resident registration number (주민등록번호); this library never stores one. Remove it.";

    /// <summary>Returns whether <paramref name="text"/> holds anything shaped like a resident registration number.</summary>
    internal static bool IsIn(ReadOnlySpan<char> text)
    {
        for (var start = 0; start + 13 <= text.Length; start++)
        {
            if (Digit(text[start]) < 0 || (start > 0 && Digit(text[start - 1]) >= 0))
            {
                continue;
            }

            if (Matches(text, start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns whether any of <paramref name="texts"/> holds a resident registration number.</summary>
    internal static bool IsInAny(IEnumerable<string?> texts)
    {
        foreach (var text in texts)
        {
            if (text is not null && IsIn(text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(ReadOnlySpan<char> text, int start)
    {
        Span<int> birth = stackalloc int[6];
        var i = start;
        for (var k = 0; k < 6; k++, i++)
        {
            if (i >= text.Length || (birth[k] = Digit(text[i])) < 0)
            {
                return false;
            }
        }

        // Between the halves: optional white space, at most one dash-like character, optional white space.
        var dashes = 0;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || IsDash(text[i])))
        {
            dashes += IsDash(text[i]) ? 1 : 0;
            i++;
        }

        if (dashes > 1)
        {
            return false;
        }

        Span<int> rest = stackalloc int[7];
        for (var k = 0; k < 7; k++, i++)
        {
            if (i >= text.Length || (rest[k] = Digit(text[i])) < 0)
            {
                return false;
            }
        }

        if (i < text.Length && Digit(text[i]) >= 0)
        {
            return false; // part of a longer number
        }

        var gender = rest[0];
        if (gender is < 1 or > 8)
        {
            return false;
        }

        var century = gender is 3 or 4 or 7 or 8 ? 2000 : 1900;
        var year = century + (birth[0] * 10) + birth[1];
        var month = (birth[2] * 10) + birth[3];
        var day = (birth[4] * 10) + birth[5];
        return month is >= 1 and <= 12 && day >= 1 && day <= NodaTime.CalendarSystem.Iso.GetDaysInMonth(year, month);
    }

    private static int Digit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '\uFF10' and <= '\uFF19' => c - '\uFF10',
        _ => -1,
    };

    private static bool IsDash(char c) =>
        c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE63' or '\uFF0D';
}
