using Ardalis.GuardClauses;
using Dalhaengi.Core.Households;
using NodaTime;

namespace Dalhaengi.Core.Outreach;

/// <summary>
/// The household's consent to share its personal data with a partner, as it stands on record.
/// </summary>
/// <remarks>
/// A referral that shares personal data is blocked unless the consent is verbal or written and was given
/// on or before the day of the referral.
/// </remarks>
public readonly record struct ConsentRecord
{
    private ConsentRecord(ConsentKind kind, LocalDate? givenOn)
    {
        Kind = kind;
        GivenOn = givenOn;
    }

    /// <summary>Takes the consent a household gave (<see cref="Household.Consent"/>) for a referral.</summary>
    /// <param name="consent">The household's consent.</param>
    /// <returns>The same level and date as a referral's consent.</returns>
    /// <remarks>
    /// Why both types exist: <see cref="Consent"/> is the household's standing agreement, kept with the household;
    /// a <see cref="ConsentRecord"/> is the consent a referral relied on when it shared data, kept with the referral's
    /// audit trail so a later change to the household does not rewrite what a past referral was allowed to do.
    /// The two carry the same levels (<see cref="ConsentLevel"/> and <see cref="ConsentKind"/>) and convert 1:1.
    /// </remarks>
    public static ConsentRecord From(Consent consent) => consent.Level switch
    {
        ConsentLevel.Verbal => Verbal(consent.GivenOn!.Value),
        ConsentLevel.Written => Written(consent.GivenOn!.Value),
        _ => None,
    };

    /// <summary>No consent on record.</summary>
    public static ConsentRecord None => default;

    /// <summary>How consent was given.</summary>
    public ConsentKind Kind { get; }

    /// <summary>The day consent was given; <see langword="null"/> for <see cref="ConsentKind.None"/>.</summary>
    public LocalDate? GivenOn { get; }

    /// <summary>Creates a record of spoken consent.</summary>
    /// <param name="givenOn">The day consent was given.</param>
    /// <returns>The consent record.</returns>
    public static ConsentRecord Verbal(LocalDate givenOn) => new(ConsentKind.Verbal, givenOn);

    /// <summary>Creates a record of a signed consent form.</summary>
    /// <param name="givenOn">The day the form was signed.</param>
    /// <returns>The consent record.</returns>
    public static ConsentRecord Written(LocalDate givenOn) => new(ConsentKind.Written, givenOn);

    /// <summary>Creates a consent record of any kind.</summary>
    /// <param name="kind">How consent was given.</param>
    /// <param name="givenOn">The day it was given; required unless <paramref name="kind"/> is <see cref="ConsentKind.None"/>.</param>
    /// <returns>The consent record.</returns>
    /// <exception cref="ArgumentException">The kind is unknown, or a date is missing or given for no consent.</exception>
    public static ConsentRecord Of(ConsentKind kind, LocalDate? givenOn)
    {
        Guard.Against.EnumOutOfRange(kind);
        return kind switch
        {
            ConsentKind.None when givenOn is not null => throw new ArgumentException("No consent has no date.", nameof(givenOn)),
            ConsentKind.None => None,
            _ when givenOn is null => throw new ArgumentException($"{kind} consent needs the day it was given.", nameof(givenOn)),
            _ => new ConsentRecord(kind, givenOn),
        };
    }

    /// <summary>Tells whether this consent allows sharing personal data on a given day.</summary>
    /// <param name="on">The day data would be shared.</param>
    /// <returns><see langword="true"/> for verbal or written consent given on or before <paramref name="on"/>.</returns>
    public bool Permits(LocalDate on) => Kind != ConsentKind.None && GivenOn is { } given && given <= on;

    /// <summary>Formats the consent, for example <c>written 2024-05-02</c> or <c>none</c>.</summary>
    /// <returns>The consent on one line.</returns>
    public override string ToString() =>
        Kind switch
        {
            ConsentKind.Verbal => $"verbal {GivenOn?.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}",
            ConsentKind.Written => $"written {GivenOn?.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}",
            _ => "none",
        };
}
