using System.Text;
using System.Text.RegularExpressions;

namespace Dalhaengi.Core.Households;

/// <summary>Privacy guards: rejects resident registration numbers in free text and masks names and phone numbers.</summary>
internal static partial class PersonalData
{
    /// <summary>
    /// Returns <paramref name="text"/> when it holds no resident registration number (주민등록번호) shape
    /// <c>######-#######</c>; throws otherwise without echoing the number.
    /// </summary>
    internal static string? RejectRrn(string? text, string parameterName)
    {
        if (text is not null && RrnShape().IsMatch(text))
        {
            throw new ArgumentException(
                "The text contains what looks like a resident registration number (######-#######); this library never stores one. Remove it.",
                parameterName);
        }

        return text;
    }

    /// <summary>Masks every character of a name but the first and the last: <c>김민수</c> → <c>김*수</c>.</summary>
    internal static string MaskName(string name) => name.Length switch
    {
        0 => name,
        1 => "*",
        2 => name[0] + "*",
        _ => name[0] + new string('*', name.Length - 2) + name[^1],
    };

    /// <summary>Masks the middle digits of a phone number: <c>010-1234-5678</c> → <c>010-****-5678</c>.</summary>
    /// <remarks>Keeps the first three and the last four digits and every separator.</remarks>
    internal static string MaskPhone(string phone)
    {
        var digits = 0;
        foreach (var c in phone)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
        }

        var sb = new StringBuilder(phone.Length);
        var seen = 0;
        foreach (var c in phone)
        {
            if (!char.IsAsciiDigit(c))
            {
                sb.Append(c);
                continue;
            }

            seen++;
            sb.Append(seen <= 3 || seen > digits - 4 ? c : '*');
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"\d{6}\s*-\s*\d{7}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RrnShape();
}
