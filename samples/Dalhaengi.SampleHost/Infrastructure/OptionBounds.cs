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

    /// <summary>
    /// Most KRW an amount option may give (1,000조 원): far above any household's income or assets, and low enough
    /// that the evaluator's checked arithmetic (an amount times a percentage) cannot overflow.
    /// </summary>
    public const long MaxAmountKrw = 1_000_000_000_000_000;

    public static ValidationResult Check(params (string Option, long? Value, long Min, long Max)[] options)
    {
        var bad = options
            .Where(o => o.Value is { } v && (v < o.Min || v > o.Max))
            .Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Option} must be between {o.Min} and {o.Max} (was {o.Value})"))
            .ToList();
        return bad.Count == 0 ? ValidationResult.Success() : ValidationResult.Error(string.Join("; ", bad));
    }

    /// <summary>
    /// Refuses a given but empty or white-space text option (<c>--by ""</c>), naming it, before the library's guard
    /// would report it under its parameter name.
    /// </summary>
    public static ValidationResult NotBlank(params (string Option, string? Value)[] options)
    {
        var bad = options.Where(o => o.Value is not null && string.IsNullOrWhiteSpace(o.Value)).Select(o => $"{o.Option} must not be empty or white space").ToList();
        return bad.Count == 0 ? ValidationResult.Success() : ValidationResult.Error(string.Join("; ", bad));
    }

    /// <summary>Returns the first failed result, or success.</summary>
    public static ValidationResult All(params ValidationResult[] results) =>
        results.FirstOrDefault(r => !r.Successful) ?? ValidationResult.Success();
}
