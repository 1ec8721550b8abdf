using System.Text;

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
        if (text is not null && Internal.ResidentNumber.IsIn(text))
        {
            throw new ArgumentException(Internal.ResidentNumber.Message, parameterName);
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

    /// <summary>Masks a phone number so that at least half of its digits are hidden: <c>010-1234-5678</c> → <c>0**-****-5678</c>.</summary>
    /// <remarks>
    /// Keeps at most half the digits (rounded down): up to the last four, then up to the first three, and every
    /// separator. A fixed "first three, last four" would print a 7-digit number in full.
    /// </remarks>
    internal static string MaskPhone(string phone)
    {
        var digits = 0;
        foreach (var c in phone)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
        }

        var kept = digits / 2;
        var suffix = Math.Min(4, kept);
        var prefix = Math.Min(3, kept - suffix);
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
            sb.Append(seen <= prefix || seen > digits - suffix ? c : '*');
        }

        return sb.ToString();
    }
}
