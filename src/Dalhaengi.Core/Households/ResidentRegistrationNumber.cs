using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Households;

/// <summary>
/// Finds resident registration numbers (주민등록번호) in text, with the detector every entry point of the library
/// applies, so that a host can refuse one in its own inputs (command-line options, form fields) before anything else.
/// </summary>
/// <remarks>
/// Recognises a valid <c>YYMMDD</c> date, a 7th digit of 1–8 and six more digits, plain (<c>9001011234567</c>) or with
/// a hyphen, en dash, full-width <c>－</c> or spaces between the halves, in ASCII or full-width digits. The date and
/// the 7th digit keep phone numbers from false alarms; the check digit is not tested, because numbers issued since
/// October 2020 no longer carry one.
/// </remarks>
public static class ResidentRegistrationNumber
{
    /// <summary>Returns whether <paramref name="text"/> holds anything shaped like a resident registration number.</summary>
    /// <param name="text">The text; <see langword="null"/> holds none.</param>
    /// <returns><see langword="true"/> when the text must be refused.</returns>
    public static bool IsIn(string? text) => text is not null && ResidentNumber.IsIn(text);
}
