using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core;

/// <summary>
/// A name in Korean, the name of record, with an English gloss for readers who do not read Korean.
/// </summary>
/// <remarks>
/// Korean is authoritative: sort and compare by <see cref="Korean"/> with <see cref="StringComparer.Ordinal"/>
/// (stable, culture-free) or with the <c>ko-KR</c> culture when presenting a list to people.
/// </remarks>
public readonly record struct BilingualName
{
    /// <summary>Creates the name.</summary>
    /// <param name="korean">The Korean name, for example <c>양평읍</c>.</param>
    /// <param name="english">The English gloss, for example <c>Yangpyeong-eup</c>.</param>
    /// <exception cref="ArgumentException">Either name is empty or white space, holds a control character, or holds a resident registration number.</exception>
    public BilingualName(string korean, string english)
    {
        Korean = Guard.Against.ResidentNumber(NoControl(Guard.Against.NullOrWhiteSpace(korean), nameof(korean)));
        English = Guard.Against.ResidentNumber(NoControl(Guard.Against.NullOrWhiteSpace(english), nameof(english)));
    }

    /// <summary>
    /// Refuses control characters (a tab, a line break, NUL): a name is printed in tables, CSV, calendars and web
    /// pages, and a writer that meets one half-way would leave some outputs written and others not.
    /// </summary>
    private static string NoControl(string name, string parameterName) =>
        name.Any(char.IsControl) ? throw new ArgumentException("A name must not hold control characters (tabs, line breaks).", parameterName) : name;
    /// <summary>Creates a name that needs no English gloss: <see cref="English"/> repeats the Korean.</summary>
    /// <param name="korean">The Korean name, for example <c>신북읍 마을회관 1</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="korean"/> is empty or white space.</exception>
    /// <remarks>Files may leave out <c>"en"</c>; they read as this, and are written back without it.</remarks>
    public BilingualName(string korean)
        : this(korean, korean)
    {
    }

    /// <summary>Whether the name has an English gloss of its own (rather than repeating the Korean).</summary>
    public bool HasEnglish => !string.Equals(Korean, English, StringComparison.Ordinal);

    /// <summary>The Korean name of record.</summary>
    public string Korean { get; }

    /// <summary>The English gloss.</summary>
    public string English { get; }

    /// <summary>Formats the name as <c>한국어 (English)</c>, or the Korean alone when there is no English gloss.</summary>
    /// <returns>Both names, or the Korean.</returns>
    public override string ToString() => HasEnglish ? $"{Korean} ({English})" : Korean;
}
