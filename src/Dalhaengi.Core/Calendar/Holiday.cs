using Ardalis.GuardClauses;
using NodaTime;

namespace Dalhaengi.Core.Calendar;

/// <summary>A day on which no session is held, with the reason.</summary>
public sealed record Holiday
{
    /// <summary>Creates a holiday.</summary>
    /// <param name="date">The day.</param>
    /// <param name="kind">Why it is a holiday.</param>
    /// <param name="name">Its name, for example 추석 (Chuseok).</param>
    /// <param name="substituteFor">For a <see cref="HolidayKind.Substitute"/> day, the date of the holiday it replaces; otherwise <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">A substitute has no <paramref name="substituteFor"/>, or another kind has one.</exception>
    public Holiday(LocalDate date, HolidayKind kind, BilingualName name, LocalDate? substituteFor = null)
    {
        Date = date;
        Kind = Guard.Against.EnumOutOfRange(kind);
        Name = Guard.Against.Default(name);
        if ((kind == HolidayKind.Substitute) != substituteFor.HasValue)
        {
            throw new ArgumentException("A substitute holiday names the date it replaces; other holidays do not.", nameof(substituteFor));
        }

        SubstituteFor = substituteFor;
    }

    /// <summary>The day.</summary>
    public LocalDate Date { get; }

    /// <summary>Why it is a holiday.</summary>
    public HolidayKind Kind { get; }

    /// <summary>Its name.</summary>
    public BilingualName Name { get; }

    /// <summary>For a substitute day, the date of the holiday it replaces; otherwise <see langword="null"/>.</summary>
    public LocalDate? SubstituteFor { get; }

    /// <summary>Formats the holiday as <c>2025-10-06 regular 추석</c>.</summary>
    /// <returns>The date, kind and Korean name.</returns>
    public override string ToString() => $"{Date:uuuu'-'MM'-'dd} {Kind} {Name.Korean}";
}
