using Spectre.Console;
using System.ComponentModel;
using System.Globalization;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.SampleHost.Infrastructure;
using NodaTime;
using NodaTime.Text;
using Spectre.Console.Cli;

namespace Dalhaengi.SampleHost.Commands;

/// <summary>Writes a seeded synthetic population as <c>households.csv</c> and <c>signals.csv</c>.</summary>
internal sealed class GenerateHouseholdsCommand(HostConsole io, Municipality municipality, IClock clock) : Command<GenerateHouseholdsCommand.Settings>
{
    internal sealed class Settings : CitySettings
    {
        [CommandOption("--seed <SEED>")]
        [Description("Random seed; the same seed, count and date give the same files.")]
        public int Seed { get; init; } = 42;

        [CommandOption("--out <DIR>")]
        [Description("Directory to write households.csv and signals.csv into.")]
        public string? Out { get; init; }

        [CommandOption("--households <N>")]
        [Description("Number of households (default 60000).")]
        public int Households { get; init; } = SyntheticPopulation.DefaultHouseholds;

        [CommandOption("--as-of <DATE>")]
        [Description("Date the population describes, yyyy-MM-dd (default: today in Korea).")]
        public string? AsOf { get; init; }

        public override ValidationResult Validate() => OptionBounds.Check(("--households", Households, 1, OptionBounds.MaxHouseholds));
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.Out))
        {
            throw new BadInputException("--out DIR is required");
        }

        if (settings.Households is < 1 or > 10_000_000)
        {
            throw new BadInputException("--households must be from 1 to 10000000");
        }

        var asOf = HostDates.AsOfOrToday(settings.AsOf, clock);
        var (households, signals) = HouseholdCsv.Write(
            SyntheticPopulation.Generate(asOf, settings.Seed, settings.Households, municipality), settings.Out);
        io.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{municipality.Name.Korean}: {households} households, {signals} signals as of {LocalDatePattern.Iso.Format(asOf)} (seed {settings.Seed}) → {settings.Out}"));
        return Cli.Success;
    }
}
