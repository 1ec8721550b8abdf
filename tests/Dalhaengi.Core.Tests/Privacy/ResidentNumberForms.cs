using FsCheck;
using FsCheck.Fluent;

namespace Dalhaengi.Core.Tests.Privacy;

/// <summary>Generates resident registration numbers in every form a person might type one.</summary>
internal static class ResidentNumberForms
{
    /// <summary>Separators seen between the halves: none, hyphen, space, en dash, full-width hyphen-minus, spaced hyphen.</summary>
    public static readonly string[] Separators = ["", "-", " ", "\u2013", "\uFF0D", " - "];

    /// <summary>Writes the number with <paramref name="separator"/>, in ASCII or full-width digits.</summary>
    public static string Write(string birth, string rest, string separator, bool fullWidth)
    {
        var text = birth + separator + rest;
        return fullWidth ? new string([.. text.Select(c => char.IsAsciiDigit(c) ? (char)('\uFF10' + (c - '0')) : c)]) : text;
    }

    /// <summary>A valid birth date (YYMMDD), a 7th digit 1–8, six more digits, in any form, sometimes inside text.</summary>
    public static Gen<string> Any() =>
        from yy in Gen.Choose(0, 99)
        from mm in Gen.Choose(1, 12)
        from dd in Gen.Choose(1, 28)
        from gender in Gen.Choose(1, 8)
        from tail in Gen.Choose(0, 999_999)
        from separator in Gen.Elements(Separators)
        from fullWidth in Gen.Elements(false, false, false, true)
        from wrap in Gen.Elements(("", ""), ("메모 ", " 확인"), ("(", ")"), ("주민번호:", ""))
        select wrap.Item1 + Write($"{yy:00}{mm:00}{dd:00}", $"{gender}{tail:000000}", separator, fullWidth) + wrap.Item2;

    public static Arbitrary<string> Arbitrary() => Any().ToArbitrary();

    /// <summary>The same forms from a seeded <see cref="System.Random"/>, for corpora that must be identical on every run.</summary>
    public static string Next(Random random)
    {
        var birth = $"{random.Next(0, 100):00}{random.Next(1, 13):00}{random.Next(1, 29):00}";
        var rest = $"{random.Next(1, 9)}{random.Next(0, 1_000_000):000000}";
        return Write(birth, rest, Separators[random.Next(Separators.Length)], fullWidth: random.Next(4) == 0);
    }
}
