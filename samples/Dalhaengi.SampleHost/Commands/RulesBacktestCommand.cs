using Spectre.Console;
using System.ComponentModel;
using System.Globalization;
using Dalhaengi.Core.Risk;
using Dalhaengi.SampleHost.Adaptation;
using Dalhaengi.SampleHost.Infrastructure;
using NodaTime;
using Spectre.Console.Cli;

namespace Dalhaengi.SampleHost.Commands;

/// <summary>Back-tests one or two rule sets against verified outcomes and prints the metrics side by side (tab-separated).</summary>
internal sealed class RulesBacktestCommand(HostConsole io, IndicatorCatalog catalog, IClock clock, RiskRuleSet inUse) : Command<RulesBacktestCommand.Settings>
{
    internal sealed class Settings : CitySettings
    {
        [CommandArgument(0, "<A>")]
        [Description("A rule set: a JSON file (full or overlay) or a built-in id.")]
        public string A { get; init; } = "";

        [CommandArgument(1, "[B]")]
        [Description("A second rule set to compare side by side.")]
        public string? B { get; init; }

        [CommandOption("--households <DIR>")]
        [Description("Directory with households.csv and signals.csv.")]
        public string? Households { get; init; }

        [CommandOption("--outcomes <FILE>")]
        [Description("outcomes.csv: household_id,crisis_confirmed,verified_on.")]
        public string? Outcomes { get; init; }

        [CommandOption("--budget <N>")]
        [Description("Number of visits following the ranking (default 500).")]
        public int Budget { get; init; } = 500;

        [CommandOption("--as-of <DATE>")]
        [Description("Date to screen as of, yyyy-MM-dd (default: today in Korea); outcomes verified before it are ignored.")]
        public string? AsOf { get; init; }

        public override ValidationResult Validate() => OptionBounds.Check(("--budget", Budget, 0, OptionBounds.MaxHouseholds));
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.Households) || string.IsNullOrWhiteSpace(settings.Outcomes))
        {
            throw new BadInputException("--households DIR and --outcomes FILE are required");
        }

        if (settings.Budget < 0)
        {
            throw new BadInputException("--budget must be 0 or more");
        }

        string[] arguments = settings.B is null ? [settings.A] : [settings.A, settings.B];
        var sets = RuleArguments.Resolve(catalog, inUse, arguments);
        var asOf = HostDates.AsOfOrToday(settings.AsOf, clock);
        var batch = HouseholdBatch.Create(HouseholdCsv.Read(settings.Households, catalog), asOf, catalog);
        var outcomes = OutcomesCsv.Read(settings.Outcomes);
        var reports = sets.Select(s => RiskBackTest.Run(RiskEvaluator.Compile(s, catalog), batch, outcomes, settings.Budget)).ToList();

        io.Out.WriteLine("metric\t" + string.Join('\t', reports.Select(r => r.RuleSet.ToString())));
        Row("verified", reports.Select(r => Number(r.Verified)));
        Row("confirmed", reports.Select(r => Number(r.Confirmed)));
        foreach (var tier in reports.SelectMany(r => r.CutOffs.Select(c => c.TierId)).Distinct(StringComparer.Ordinal))
        {
            var cuts = reports.Select(r => r.CutOffs.FirstOrDefault(c => c.TierId == tier)).ToList();
            Row($"households in {tier}", reports.Select(r => r.Confusion.FirstOrDefault(c => c.TierId == tier) is { } t ? Number(t.Confirmed + t.NotConfirmed) : "-"));
            Row($"confirmed in {tier}", reports.Select(r => r.Confusion.FirstOrDefault(c => c.TierId == tier) is { } t ? Number(t.Confirmed) : "-"));
            Row($"precision >= {tier}", cuts.Select(c => c is null ? "-" : Ratio(c.Precision)));
            Row($"recall >= {tier}", cuts.Select(c => c is null ? "-" : Ratio(c.Recall)));
        }

        Row($"reached with {Number(settings.Budget)} visits", reports.Select(r => Number(r.ReachedWithinBudget)));
        Row($"share reached with {Number(settings.Budget)} visits", reports.Select(r => Ratio(r.BudgetRecall)));
        io.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{batch.Count} households as of {NodaTime.Text.LocalDatePattern.Iso.Format(asOf)}; {reports[0].IgnoredOutcomes} outcomes ignored (unknown household or verified before the as-of date)"));
        foreach (var warning in reports.SelectMany(r => r.Warnings).Distinct(StringComparer.Ordinal))
        {
            io.Error.WriteLine("warning: " + warning);
        }

        return Cli.Success;
    }

    private void Row(string metric, IEnumerable<string> values) => io.Out.WriteLine(metric + "\t" + string.Join('\t', values));

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Ratio(double r) => r.ToString("0.000", CultureInfo.InvariantCulture);
}
