using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Risk;
using Dalhaengi.SampleHost.Adaptation;
using Dalhaengi.SampleHost.Infrastructure;
using NodaTime;
using Spectre.Console.Cli;

namespace Dalhaengi.SampleHost.Commands;

/// <summary>
/// Screens households with two rule sets as of one date: changed households as CSV on stdout; the transition matrix
/// and the counts by district on stderr.
/// </summary>
internal sealed class RulesWhatIfCommand(HostConsole io, IndicatorCatalog catalog, Municipality municipality, IClock clock, RiskRuleSet inUse) : Command<RulesWhatIfCommand.Settings>
{
    internal sealed class Settings : CitySettings
    {
        [CommandArgument(0, "<A>")]
        [Description("The current rule set: a JSON file (full or overlay) or a built-in id.")]
        public string A { get; init; } = "";

        [CommandArgument(1, "<B>")]
        [Description("The proposed rule set.")]
        public string B { get; init; } = "";

        [CommandOption("--households <DIR>")]
        [Description("Directory with households.csv and signals.csv.")]
        public string? Households { get; init; }

        [CommandOption("--as-of <DATE>")]
        [Description("Date to screen as of, yyyy-MM-dd (default: today in Korea).")]
        public string? AsOf { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.Households))
        {
            throw new BadInputException("--households DIR is required");
        }

        var sets = RuleArguments.Resolve(catalog, inUse, settings.A, settings.B);
        var asOf = HostDates.AsOfOrToday(settings.AsOf, clock);
        var batch = HouseholdBatch.Create(HouseholdCsv.Read(settings.Households, catalog), asOf, catalog);
        var (before, after) = (RiskEvaluator.Compile(sets[0], catalog), RiskEvaluator.Compile(sets[1], catalog));
        var watch = Stopwatch.StartNew();
        var report = RiskWhatIf.Run(before, after, batch);
        watch.Stop();

        io.Out.WriteLine("household_id,district,before_tier,before_score,after_tier,after_score,differences");
        foreach (var c in report.Changed)
        {
            io.Out.WriteLine(Csv.Line(c.Household.Value, c.District.Value, c.BeforeTier, Number(c.Before.Score), c.AfterTier, Number(c.After.Score),
                string.Join(';', c.Differences)));
        }

        io.Error.WriteLine(report + string.Create(CultureInfo.InvariantCulture, $" ({watch.Elapsed.TotalMilliseconds:0} ms)"));
        foreach (var warning in before.WarningsAt(asOf).Concat(after.WarningsAt(asOf)).Concat(report.Warnings).Distinct(StringComparer.Ordinal))
        {
            io.Error.WriteLine("warning: " + warning);
        }

        io.Error.Write(report.TransitionTable());
        io.Error.WriteLine("district\t" + string.Join('\t', report.BeforeTiers.Select(t => "A:" + t).Concat(report.AfterTiers.Select(t => "B:" + t))) + "\tchanged");
        foreach (var d in report.Districts)
        {
            var name = municipality.FindDistrict(d.District)?.Name.Korean ?? d.District.Value;
            io.Error.WriteLine(name + "\t" + string.Join('\t', d.Before.Concat(d.After).Append(d.Changed).Select(Number)));
        }

        return Cli.Success;
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
