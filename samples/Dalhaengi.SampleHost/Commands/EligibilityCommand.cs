using System.ComponentModel;
using System.Globalization;
using Dalhaengi.Core.Eligibility;
using Dalhaengi.Core.Geography;
using Dalhaengi.SampleHost.Infrastructure;
using NodaTime.Text;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dalhaengi.SampleHost.Commands;

/// <summary>
/// Evaluates one household for emergency welfare support (긴급복지지원). The stdout format is a contract,
/// documented in docs/eligibility.md: one line per criterion, then <c>verdict: …</c>; explanations and warnings go to stderr.
/// </summary>
internal sealed class EligibilityCommand(HostConsole io, EmergencySupportEvaluator evaluator) : Command<EligibilityCommand.Settings>
{
    internal sealed class Settings : CitySettings
    {
        [CommandOption("--as-of <DATE>")]
        [Description("The date eligibility is judged on (yyyy-MM-dd).")]
        public string? AsOf { get; init; }

        [CommandOption("--size <N>")]
        [Description("Household size, 1 to 100.")]
        public string? Size { get; init; }

        [CommandOption("--income <KRW>")]
        [Description("Monthly household income in KRW.")]
        public string? Income { get; init; }

        [CommandOption("--assets <KRW>")]
        [Description("General assets in KRW.")]
        public string? Assets { get; init; }

        [CommandOption("--financial-assets <KRW>")]
        [Description("Financial assets in KRW, before the living-reserve deduction.")]
        public string? FinancialAssets { get; init; }

        [CommandOption("--region <TYPE>")]
        [Description("rural, medium-small-city, large-city, or unconfirmed (the general-asset criterion is then undetermined).")]
        public string? Region { get; init; }

        [CommandOption("--reason <CODE>")]
        [Description("A crisis reason code, e.g. job-loss; repeat for several.")]
        public string[] Reasons { get; init; } = [];

        [CommandOption("--housing")]
        [Description("The support sought is housing support (higher financial-asset limit).")]
        public bool Housing { get; init; }

        [CommandOption("--thresholds <FILE>")]
        [Description("A threshold file (dalhaengi.emergency-support/1) to use instead of the embedded one.")]
        public string? Thresholds { get; init; }

        public override ValidationResult Validate()
        {
            var missing = new (string Option, string? Value)[]
            {
                ("--as-of", AsOf), ("--size", Size), ("--income", Income), ("--assets", Assets),
                ("--financial-assets", FinancialAssets), ("--region", Region),
            }.Where(o => o.Value is null).Select(o => o.Option).ToList();
            if (missing.Count > 0)
            {
                return ValidationResult.Error("missing required option" + (missing.Count == 1 ? " " : "s ") + string.Join(", ", missing));
            }

            // Bounded here, as a usage error naming the option: an amount near long.MaxValue would otherwise reach
            // the evaluator's checked arithmetic and end as an overflow instead of a verdict.
            var bad = new (string Option, string Text, long Max)[]
            {
                ("--size", Size!, 100), ("--income", Income!, OptionBounds.MaxAmountKrw),
                ("--assets", Assets!, OptionBounds.MaxAmountKrw), ("--financial-assets", FinancialAssets!, OptionBounds.MaxAmountKrw),
            }.Select(o => TryAmount(o.Text) is { } v
                ? v < (o.Option == "--size" ? 1 : 0) || v > o.Max
                    ? string.Create(CultureInfo.InvariantCulture, $"{o.Option} must be between {(o.Option == "--size" ? 1 : 0)} and {o.Max} (was {o.Text})")
                    : null
                : $"{o.Option}: '{o.Text}' is not a whole non-negative number").OfType<string>().ToList();
            return bad.Count == 0 ? ValidationResult.Success() : ValidationResult.Error(string.Join("; ", bad));
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var request = ToRequest(settings);
        var chosen = settings.Thresholds is { } path ? LoadThresholds(path) : evaluator;
        var result = chosen.Evaluate(request);

        foreach (var c in result.Criteria)
        {
            var line = $"{Name(c.Kind)}: value={Number(c.Value)} threshold={(c.Threshold is { } t ? Number(t) : "none")} result={Result(c.Outcome)} source={Source(c.Source)}";
            if (c.Kind == EligibilityCriterionKind.CrisisReason)
            {
                var recognized = request.CrisisReasons.Where(r => r.IsRecognized).Distinct().Select(r => r.Code).ToList();
                line += " reasons=" + (recognized.Count == 0 ? "none" : string.Join(',', recognized));
            }

            io.Out.WriteLine(line);
            io.Error.WriteLine($"  {Name(c.Kind)}: {c.Explanation}");
        }

        foreach (var warning in result.Warnings)
        {
            io.Error.WriteLine($"warning: {warning}");
        }

        io.Out.WriteLine("verdict: " + result.Verdict switch
        {
            EligibilityVerdict.Eligible => "eligible",
            EligibilityVerdict.NotEligible => "not eligible",
            _ => "undetermined",
        });
        return Cli.Success;
    }

    private static EmergencySupportRequest ToRequest(Settings s)
    {
        var date = LocalDatePattern.Iso.Parse(s.AsOf!);
        if (!date.Success)
        {
            throw new BadInputException($"--as-of: '{s.AsOf}' is not a date; use yyyy-MM-dd, e.g. 2025-03-05");
        }

        var size = Amount("--size", s.Size!);
        var reasons = s.Reasons.Select(Reason).ToList();

        return new EmergencySupportRequest(
            date.Value, (int)size, Amount("--income", s.Income!), Amount("--assets", s.Assets!),
            Amount("--financial-assets", s.FinancialAssets!), Region(s.Region!), reasons, s.Housing);
    }

    private static CrisisReason Reason(string code)
    {
        try
        {
            return new CrisisReason(code);
        }
        catch (ArgumentException)
        {
            throw new BadInputException($"--reason: '{code}' is not a valid code; use ASCII letters, digits, '.', '-' or '_', e.g. job-loss");
        }
    }

    private EmergencySupportEvaluator LoadThresholds(string path)
    {
        using var stream = File.OpenRead(path);
        var thresholds = EmergencySupportThresholdsJson.Load(stream, Path.GetFileName(path));
        io.Error.WriteLine($"thresholds: {Path.GetFileName(path)}");
        return new EmergencySupportEvaluator(thresholds);
    }

    private static long Amount(string option, string text) =>
        TryAmount(text) ?? throw new BadInputException($"{option}: '{text}' is not a whole non-negative number");

    private static long? TryAmount(string text) =>
        long.TryParse(text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    private static RegionType Region(string text) => text switch
    {
        "rural" => RegionType.Rural,
        "medium-small-city" => RegionType.MediumSmallCity,
        "large-city" => RegionType.LargeCity,
        "unconfirmed" => RegionType.Unconfirmed,
        _ => throw new BadInputException($"--region: '{text}' is not a region type; use rural, medium-small-city, large-city or unconfirmed"),
    };

    private static string Name(EligibilityCriterionKind kind) => kind switch
    {
        EligibilityCriterionKind.CrisisReason => "crisis-reason",
        EligibilityCriterionKind.Income => "income",
        EligibilityCriterionKind.GeneralAssets => "general-assets",
        _ => "financial-assets",
    };

    private static string Result(CriterionOutcome outcome) => outcome switch
    {
        CriterionOutcome.Met => "met",
        CriterionOutcome.NotMet => "not-met",
        _ => "undetermined",
    };

    private static string Source(ThresholdSource source) => source switch
    {
        ThresholdSource.Published => "published",
        ThresholdSource.Computed => "computed",
        _ => "none",
    };

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
