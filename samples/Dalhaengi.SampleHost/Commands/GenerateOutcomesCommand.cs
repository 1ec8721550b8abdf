using System.ComponentModel;
using System.Globalization;
using Dalhaengi.Core.Risk;
using Dalhaengi.SampleHost.Adaptation;
using Dalhaengi.SampleHost.Infrastructure;
using NodaTime;
using Spectre.Console.Cli;

namespace Dalhaengi.SampleHost.Commands;

/// <summary>Writes synthetic verified outcomes for a household directory from the seeded ground-truth model.</summary>
internal sealed class GenerateOutcomesCommand(HostConsole io, IndicatorCatalog catalog, IClock clock) : Command<GenerateOutcomesCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--households <DIR>")]
        [Description("Directory with households.csv and signals.csv.")]
        public string? Households { get; init; }

        [CommandOption("--as-of <DATE>")]
        [Description("Screening date the visits follow, yyyy-MM-dd (default: today in Korea); visits fall 1–60 days after it.")]
        public string? AsOf { get; init; }

        [CommandOption("--seed <SEED>")]
        [Description("Random seed; the same seed and inputs give the same file.")]
        public int Seed { get; init; } = 7;

        [CommandOption("--out <FILE>")]
        [Description("Output file (default: DIR/outcomes.csv).")]
        public string? Out { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.Households))
        {
            throw new BadInputException("--households DIR is required");
        }

        var asOf = HostDates.AsOfOrToday(settings.AsOf, clock);
        var households = HouseholdCsv.Read(settings.Households, catalog);
        var outcomes = GroundTruthModel.Generate(households, asOf, settings.Seed).ToList();
        var path = settings.Out ?? Path.Combine(settings.Households, "outcomes.csv");
        OutcomesCsv.Write(outcomes, path);
        io.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{outcomes.Count} outcomes, {outcomes.Count(o => o.CrisisConfirmed)} crises confirmed (synthetic ground truth, seed {settings.Seed}) → {path}"));
        return Cli.Success;
    }
}
