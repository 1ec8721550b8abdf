using Dalhaengi.Core.DependencyInjection;
using Dalhaengi.SampleHost.Commands;
using Dalhaengi.SampleHost.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dalhaengi.SampleHost;

/// <summary>
/// The command line. Exit codes: 0 success, 1 bad input (the message names the file, line or JSON path),
/// 2 usage error. Each command is one class under <c>Commands/</c>, registered here.
/// </summary>
internal static class Cli
{
    public const int Success = 0;
    public const int BadInput = 1;
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Action<IServiceCollection>? configureServices = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(new HostConsole(stdout, stderr));
        services.AddDalhaengi();
        configureServices?.Invoke(services);

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        services.AddSingleton(console);

        var app = new CommandApp<RunCommand>(new TypeRegistrar(services));
        app.Configure(config =>
        {
            config.SetApplicationName("dalhaengi");
            config.ConfigureConsole(console);
            config.PropagateExceptions();
            config.UseStrictParsing();

            config.AddCommand<RunCommand>("run")
                .WithDescription("Run the program's main job on the embedded Yangpyeong default (the default command).");
            config.AddCommand<HolidaysCommand>("holidays")
                .WithDescription("Print the public holidays of a year (or --from/--to years), except plain Sundays: date, kind, Korean name.");
            config.AddCommand<EligibilityCommand>("eligibility")
                .WithDescription("Evaluate a household for emergency welfare support (긴급복지지원) as of a date.");
            config.AddCommand<ReportCommand>("report")
                .WithDescription("Season report from the outreach records (seeded sample season, in memory).");
            config.AddCommand<OverdueCommand>("overdue")
                .WithDescription("List open referrals past their due date, by partner and district.");
            config.AddCommand<RecordSessionCommand>("record-session")
                .WithDescription("Record a held or cancelled session (in memory for this run).");
            config.AddCommand<ReferCommand>("refer")
                .WithDescription("Record a finding and refer the household to a partner (consent checked).");
            config.AddBranch("referral", referral => referral.AddCommand<ReferralAdvanceCommand>("advance")
                .WithDescription("Move a referral to its next state and print its audit trail."));
            config.AddCommand<PlanCommand>("plan")
                .WithDescription("Plan a season's visit rotation (table, csv or ics).")
                .WithExample("plan", "--from", "2025-03-05", "--to", "2025-12-17", "--weekday", "wed", "--format", "csv");
            config.AddCommand<ReplanCommand>("replan")
                .WithDescription("Re-plan the rest of a season from a plan CSV and the record of what was held.");
            config.AddCommand<GenerateHouseholdsCommand>("generate-households")
                .WithDescription("Write a seeded synthetic population as households.csv and signals.csv.");
            config.AddCommand<GenerateOutcomesCommand>("generate-outcomes")
                .WithDescription("Write synthetic verified outcomes (outcomes.csv) for a household directory from the seeded ground-truth model.");
            config.AddCommand<ScreenCommand>("screen")
                .WithDescription("Screen households from CSV: household_id,district,score,tier,reasons; tier summary on stderr.");
            config.AddBranch("rules", rules =>
            {
                rules.SetDescription("Work with risk rule sets.");
                rules.AddCommand<RulesValidateCommand>("validate")
                    .WithDescription("Validate a rule set file; prints every error with its JSON path.");
                rules.AddCommand<RulesDiffCommand>("diff")
                    .WithDescription("List what changes from rule set A to B (files, overlays or built-in ids); --markdown for a report.");
                rules.AddCommand<RulesWhatIfCommand>("whatif")
                    .WithDescription("Screen households with A and B: changed households as CSV, transition matrix and district counts on stderr.");
                rules.AddCommand<RulesBacktestCommand>("backtest")
                    .WithDescription("Back-test A (and B side by side) against verified outcomes: precision, recall, budget reach.");
            });
        });

        try
        {
            return app.Run(args);
        }
        catch (CommandParseException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            stderr.WriteLine("Run with --help to see the commands and options.");
            return UsageError;
        }
        catch (CommandRuntimeException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return UsageError;
        }
        catch (Exception ex) when (BadInputException.Describe(ex) is { } message)
        {
            stderr.WriteLine($"error: {message}");
            return BadInput;
        }
    }
}
