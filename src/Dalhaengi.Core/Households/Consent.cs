using Ardalis.GuardClauses;
using NodaTime;

namespace Dalhaengi.Core.Households;

/// <summary>Records a household's consent to share its information with partner organizations, with the date given.</summary>
public readonly record struct Consent
{
    /// <summary>No consent.</summary>
    public static Consent None => default;

    /// <summary>Creates a consent record.</summary>
    /// <param name="level">Verbal or written; <see cref="ConsentLevel.None"/> takes no date.</param>
    /// <param name="givenOn">The day consent was given; required unless <paramref name="level"/> is none.</param>
    /// <exception cref="ArgumentException">The level is not defined, a consent lacks its date, or "none" has one.</exception>
    public Consent(ConsentLevel level, LocalDate? givenOn)
    {
        Level = Guard.Against.EnumOutOfRange(level);
        if ((level == ConsentLevel.None) != (givenOn is null))
        {
            throw new ArgumentException("Verbal or written consent needs the date it was given; no consent has no date.", nameof(givenOn));
        }

        GivenOn = givenOn;
    }

    /// <summary>How the household agreed.</summary>
    public ConsentLevel Level { get; }

    /// <summary>The day consent was given, or <see langword="null"/> for none.</summary>
    public LocalDate? GivenOn { get; }

    /// <summary>Formats the consent as <c>written 2025-03-05</c> or <c>none</c>.</summary>
    /// <returns>The level and the date.</returns>
    public override string ToString() =>
        GivenOn is { } d ? $"{Level.ToString().ToLowerInvariant()} {d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}" : "none";
}
