using System.ComponentModel;
using System.Globalization;
using System.Text;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;
using Dalhaengi.SampleHost.Formats;
using Dalhaengi.SampleHost.Infrastructure;
using Dalhaengi.SampleHost.MainJob;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dalhaengi.SampleHost.Commands;

/// <summary>
/// The main job: the whole program on the embedded default data, deterministic for a given clock and seed. Prints a
/// summary and writes <c>plan.csv</c>, <c>plan.xlsx</c>, <c>plan.ics</c>, <c>report.md</c>, <c>report.xlsx</c>,
/// <c>report.html</c> and the households.
/// </summary>
internal sealed class RunCommand(HostConsole io, IAnsiConsole console, Municipality municipality, PartnerRoster roster, IClock clock, IServiceProvider services)
    : AsyncCommand<RunCommand.Settings>
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    internal sealed class Settings : CitySettings
    {
        [CommandOption("--year <YEAR>")]
        [Description("The season's year (default: this year in Korea, from the clock). The season is the Wednesdays from 1 March to 20 December.")]
        public int? Year { get; init; }

        [CommandOption("--seed <SEED>")]
        [Description("Seed of the synthetic households and of the sample season (default 42). Giving it generates the households again.")]
        public int? Seed { get; init; }

        [CommandOption("--households <N>")]
        [Description("Number of synthetic households (default 60000). Giving it generates the households again.")]
        public int? Households { get; init; }

        [CommandOption("--out <DIR>")]
        [Description("Directory for plan.csv, plan.xlsx, plan.ics, report.md, report.xlsx, report.html and households/ (default: out). Households already there are reused.")]
        [DefaultValue("out")]
        public string Out { get; init; } = "out";

        [CommandOption("--top <N>")]
        [Description("How many rows the summary shows per list (default 8).")]
        [DefaultValue(8)]
        public int Top { get; init; } = 8;

        public override ValidationResult Validate() => OptionBounds.Check(("--households", Households, 1, OptionBounds.MaxHouseholds));
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var today = HostDates.AsOfOrToday(null, clock);
        var year = settings.Year ?? today.Year;
        if (year is < 2015 or > 2050)
        {
            throw new BadInputException($"--year {year}: the program runs from 2015 and the holiday calendar ends in 2050");
        }

        if (settings.Households is < 1 or > 1_000_000)
        {
            throw new BadInputException("--households must be from 1 to 1000000");
        }

        if (settings.Top is < 1 or > 1000)
        {
            throw new BadInputException("--top must be from 1 to 1000");
        }

        Directory.CreateDirectory(settings.Out);
        var householdDir = Path.Combine(settings.Out, "households");
        var regenerate = settings.Seed is not null || settings.Households is not null;
        var job = ActivatorUtilities.CreateInstance<SeasonJob>(services, new HostProgress(io));
        var outcome = await job.RunAsync(today, year, settings.Seed ?? 42, settings.Households ?? 60_000, regenerate, householdDir, cancellationToken);

        SeasonSummary.Write(new SummaryWriter(io, console), outcome, municipality, roster, settings.Top);

        var now = clock.GetCurrentInstant();
        var page = new SeasonPage(municipality, roster, outcome.Plan, now)
        {
            Screening = (outcome.Screening.Tiers, outcome.Screening.TierCounts(municipality), outcome.Screening.AsOf),
            Referrals = outcome.Referrals,
            Figures = outcome.Report.Total,
        };
        Write(settings.Out, "plan.csv", PlanCsv.Write(outcome.Plan), Csv.Utf8WithBom);

        // The last run's calendar is what subscribers hold: changed sessions get a higher SEQUENCE, dropped ones are cancelled.
        var icsPath = Path.Combine(settings.Out, "plan.ics");
        Write(settings.Out, "plan.ics", PlanIcs.Write(outcome.Plan, municipality, roster, now, job.PlanName(year), PreviousCalendar.ReadIfExists(icsPath)));
        Write(settings.Out, "report.md", ReportMarkdown.Write(outcome.Report, municipality, roster));
        ExcelExport.Plan(Path.Combine(settings.Out, "plan.xlsx"), outcome.Plan, municipality, roster);
        io.Error.WriteLine($"wrote {Path.Combine(settings.Out, "plan.xlsx")}");
        ExcelExport.Report(Path.Combine(settings.Out, "report.xlsx"), outcome.Report, municipality, roster);
        io.Error.WriteLine($"wrote {Path.Combine(settings.Out, "report.xlsx")}");
        Write(settings.Out, "report.html", SeasonHtml.Write(page));
        io.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"households {outcome.HouseholdSource}: {Path.Combine(householdDir, HouseholdCsv.HouseholdsFile)}, {Path.Combine(householdDir, HouseholdCsv.SignalsFile)}"));
        return Cli.Success;
    }

    private void Write(string dir, string name, string text, Encoding? encoding = null)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text, encoding ?? Utf8);
        io.Error.WriteLine($"wrote {path}");
    }
}
