using System.Globalization;
using Spectre.Console;

namespace Dalhaengi.SampleHost.Infrastructure;

/// <summary>
/// Bounds every numeric option to what the domain allows, so that a typo (<c>--residents 2147483647</c>) is a usage
/// error naming the option (exit 2) instead of a stored figure that later overflows a report.
/// </summary>
/// <remarks>
/// The bounds are the host's, chosen far above anything a weekly session or a county season produces; they are not
/// official figures. Years are those the holiday calendar covers.
/// </remarks>
internal static class OptionBounds
{
    /// <summary>Most people counted at one session (residents served, items handed out, services delivered).</summary>
    public const int MaxPerSession = 100_000;

    /// <summary>Most staff or volunteers at one session.</summary>
    public const int MaxPeople = 1_000;

    /// <summary>Most households generated or screened at once.</summary>
    public const int MaxHouseholds = 1_000_000;

    public static ValidationResult Check(params (string Option, long? Value, long Min, long Max)[] options)
    {
        var bad = options
            .Where(o => o.Value is { } v && (v < o.Min || v > o.Max))
            .Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Option} must be between {o.Min} and {o.Max} (was {o.Value})"))
            .ToList();
        return bad.Count == 0 ? ValidationResult.Success() : ValidationResult.Error(string.Join("; ", bad));
    }
}
