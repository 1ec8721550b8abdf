using Dalhaengi.Core;
using Dalhaengi.Core.Cities;
using Dalhaengi.Core.DependencyInjection;
using Dalhaengi.SampleHost.Commands;
using Dalhaengi.SampleHost.Infrastructure;
using Dalhaengi.SampleHost.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
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
        // PIPA: refuse a resident registration number in any option before a command can parse, store or echo it.
        if (CommandLineErrors.FindResidentNumber(args) is { } option)
        {
            stderr.WriteLine($"error: {option}: the value looks like a resident registration number (주민등록번호); this program never accepts or stores one. Use the household's opaque id (for example hh-000123).");
            return BadInput;
        }

        // The generic host, as an embedding city's worker or web app would compose the library; an empty builder,
        // because a CLI wants no configuration files, console logging or lifetime messages mixed into its output.
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { Args = args });
        var services = builder.Services;
        // Tables and a progress display only on a terminal; redirected output and tests get plain, deterministic text.
        services.AddSingleton(new HostConsole(stdout, stderr,
            OutIsTerminal: ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected,
            ErrorIsTerminal: ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected));

        // A --city folder decides what AddDalhaengi registers, so it is read before the container is composed; a bad
        // folder is bad input (exit 1) with every file, line and JSON path, before any command runs.
        CityFolder? city = null;
        try
        {
            if (CityArgument.Find(args) is { } dir)
            {
                if (dir.Length == 0)
                {
                    stderr.WriteLine("error: --city needs a folder, e.g. --city docs/examples/chuncheon");
                    return UsageError;
                }

                city = CityFolder.Load(dir);
            }
        }
        catch (DalhaengiValidationException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return BadInput;
        }

        // Before AddDalhaengi, whose in-memory repositories are added with TryAdd: the SQLite ones win.
        var database = new DatabaseOption();
        services.AddSqliteStorage(database);
        services.AddDalhaengi(options =>
        {
            if (city is not null)
            {
                options.UseCity(city);
            }
        });
        configureServices?.Invoke(services);

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        services.AddSingleton(console);

        var app = new CommandApp<RunCommand>(new TypeRegistrar(builder));
        app.Configure(config =>
        {
            config.SetApplicationName("dalhaengi");
            config.ConfigureConsole(console);
            config.PropagateExceptions();
            config.UseStrictParsing();
            config.SetInterceptor(new DatabaseInterceptor(database));

            config.AddCommand<RunCommand>("run")
                .WithDescription("Run the program's main job on the embedded Yangpyeong default or a --city folder (the default command).");
            config.AddBranch("city", cityBranch =>
            {
                cityBranch.SetDescription("Work with a city folder: your own municipality, partners, rules and closures.");
                cityBranch.AddCommand<CityInitCommand>("init")
                    .WithDescription("Write a new city folder from a built-in municipality, to edit into your own.");
                cityBranch.AddCommand<CityValidateCommand>("validate")
                    .WithDescription("Load every file of a city folder together; print every problem with file, line and JSON path (exit 1 on any).");
            });
            config.AddCommand<HolidaysCommand>("holidays")
                .WithDescription("Print the public holidays of a year (or --from/--to years), except plain Sundays: date, kind, Korean name.");
            config.AddCommand<EligibilityCommand>("eligibility")
                .WithDescription("Evaluate a household for emergency welfare support (긴급복지지원) as of a date.");
            config.AddCommand<ReportCommand>("report")
                .WithDescription("Season report from the outreach records in the database (seeded with a sample season on first use).");
            config.AddCommand<OverdueCommand>("overdue")
                .WithDescription("List open referrals past their due date, by partner and district.");
            config.AddCommand<RecordSessionCommand>("record-session")
                .WithDescription("Record a held or cancelled session in the database.");
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
            config.AddCommand<StorageStressCommand>("storage-stress").IsHidden();
            config.AddBranch("retention", retention =>
            {
                retention.SetDescription("Apply the retention policy to the database.");
                retention.HideBranch();
                retention.AddCommand<RetentionRunCommand>("run")
                    .WithDescription("Delete and pseudonymize the households whose retention periods have run out; each is written to the access record.");
            });
        });

        try
        {
            return app.Run(args);
        }
        catch (CommandParseException ex)
        {
            stderr.WriteLine($"error: {CommandLineErrors.Describe(ex.Message, args)}");
            stderr.WriteLine("Run with --help to see the commands and options.");
            return UsageError;
        }
        catch (CommandRuntimeException ex)
        {
            stderr.WriteLine($"error: {CommandLineErrors.Describe(ex.Message, args)}");
            return UsageError;
        }
        catch (Exception ex) when (CommandLineErrors.Describe(ex.Message, args) is var described && !ReferenceEquals(described, ex.Message))
        {
            // Spectre reports some conversion failures as plain exceptions; they are usage errors all the same.
            stderr.WriteLine($"error: {described}");
            return UsageError;
        }
        catch (Exception ex) when (BadInputException.Describe(ex) is { } message)
        {
            stderr.WriteLine($"error: {message}");
            return BadInput;
        }
    }
}
