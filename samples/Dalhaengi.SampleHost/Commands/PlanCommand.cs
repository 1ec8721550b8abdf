using Dalhaengi.Core.Calendar;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Risk;
using Dalhaengi.Core.Rotation;
using Dalhaengi.SampleHost.Formats;
using Dalhaengi.SampleHost.Infrastructure;
using Dalhaengi.SampleHost.MainJob;
using NodaTime;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dalhaengi.SampleHost.Commands;

/// <summary>Plans a season's rotation on a built-in municipality and its roster, as a table, CSV or iCalendar.</summary>
internal sealed class PlanCommand(HostConsole io, IAnsiConsole console, IHolidayCalendar calendar, IClock clock, RotationPlanner planner, Municipality registered, PartnerRoster registeredRoster, RiskEvaluator evaluator) : Command<PlanCommand.Settings>
{
    private readonly RotationOutput output = new(io, console, calendar, clock);

    internal sealed class Settings : CitySettings
    {
        [CommandOption("--from <DATE>")]
        [Description("First day of the season (yyyy-MM-dd).")]
        public string? From { get; init; }

        [CommandOption("--to <DATE>")]
        [Description("Last day of the season (yyyy-MM-dd).")]
        public string? To { get; init; }

        [CommandOption("--weekday <DAY>")]
        [Description("Session weekday: mon … sun; repeat or separate with commas for several.")]
        public string[] Weekdays { get; init; } = [];

        [CommandOption("--municipality <NAME>")]
        [Description("yangpyeong (default) or hwaseong.")]
        [DefaultValue("yangpyeong")]
        public string Municipality { get; init; } = "yangpyeong";

        [CommandOption("--sessions-per-day <N>")]
        [Description("Sessions on one day (default 1).")]
        [DefaultValue(1)]
        public int SessionsPerDay { get; init; } = 1;

        [CommandOption("--blackout <FROM..TO>")]
        [Description("A period without sessions, e.g. 2025-07-23..2025-08-13; repeatable.")]
        public string[] Blackouts { get; init; } = [];

        [CommandOption("--format <FORMAT>")]
        [Description("table (default), csv, ics or xlsx (an Excel workbook; needs --out).")]
        [DefaultValue("table")]
        public string Format { get; init; } = "table";

        [CommandOption("--out <FILE>")]
        [Description("Write to this file instead of standard output.")]
        public string? Out { get; init; }

        [CommandOption("--plan-name <NAME>")]
        [Description("Name of the plan in the calendar's UIDs (default: municipality and year, e.g. yangpyeong-2025). Keep it for re-plans so calendars update the same events.")]
        public string? PlanName { get; init; }

        [CommandOption("--previous-ics <FILE>")]
        [Description("The calendar published before (with --format ics): changed events get a higher SEQUENCE, removed ones STATUS:CANCELLED.")]
        public string? PreviousIcs { get; init; }

        public override ValidationResult Validate() => OptionBounds.All(base.Validate(), RotationOutput.CheckOptions(Format, Out, PlanName, PreviousIcs));

        [CommandOption("--households <DIR>")]
        [Description("Weigh districts by their screened high and urgent households: households.csv and signals.csv in DIR, screened with the default rules as of --from.")]
        public string? Households { get; init; }

        [CommandOption("--html <FILE>")]
        [Description("Also write the season as a self-contained HTML page (calendar grid; tier bars with --households).")]
        public string? Html { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var format = RotationOutput.CheckFormat(settings.Format);
        var from = PlanFile.ParseDate(settings.From ?? throw new BadInputException("--from is required"), "--from");
        var to = PlanFile.ParseDate(settings.To ?? throw new BadInputException("--to is required"), "--to");
        if (to < from)
        {
            throw new BadInputException("--to is before --from");
        }

        if (settings.SessionsPerDay is < 1 or > 50)
        {
            throw new BadInputException("--sessions-per-day must be between 1 and 50");
        }

        var weekdays = ParseWeekdays(settings.Weekdays);
        var blackouts = settings.Blackouts.Select(ParseBlackout).ToList();
        var (municipality, roster) = RotationOutput.Place(settings, settings.Municipality, registered, registeredRoster);
        var season = new Season(new DateInterval(from, to), weekdays, output.Calendar(), settings.SessionsPerDay, blackouts);
        Screening? screening = null;
        var request = new RotationRequest(municipality, season, roster);
        if (settings.Households is { } dir)
        {
            screening = Screening.Run(HouseholdCsv.Read(dir, evaluator.Catalog), evaluator, from);
            request = new RotationRequest(municipality, season, roster, RotationPolicy.Default with { Weight = DistrictWeight.HighRiskHouseholds },
                screening.DistrictRisk(municipality));
            io.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"weights: high and urgent households screened with {evaluator.RuleSet} as of {from:uuuu'-'MM'-'dd} ({screening.Households.Count} households)"));
        }

        var plan = planner.Plan(request);
        output.Write(plan, municipality, roster, format, settings.Out, RotationOutput.CheckPlanName(settings.PlanName, PlanIcs.DefaultPlanName(municipality, from.Year)), settings.PreviousIcs);
        if (settings.Html is { } html)
        {
            var page = new SeasonPage(municipality, roster, plan, clock.GetCurrentInstant())
            {
                Screening = screening is null ? null : (screening.Tiers, screening.TierCounts(municipality), screening.AsOf),
            };
            File.WriteAllText(html, SeasonHtml.Write(page), new UTF8Encoding(false));
            io.Error.WriteLine($"wrote {html}");
        }

        return Cli.Success;
    }

    internal static List<IsoDayOfWeek> ParseWeekdays(IEnumerable<string> values)
    {
        var days = new List<IsoDayOfWeek>();
        foreach (var text in values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var match = Enumerable.Range(1, 7).Select(i => (IsoDayOfWeek)i)
                .FirstOrDefault(d => d.ToString().StartsWith(text, StringComparison.OrdinalIgnoreCase) && text.Length >= 2);
            days.Add(match != IsoDayOfWeek.None ? match : throw new BadInputException($"--weekday: '{text}' is not a weekday (use mon, tue, wed, thu, fri, sat or sun)"));
        }

        return days.Count > 0 ? days : throw new BadInputException("--weekday is required, e.g. --weekday wed");
    }

    private static SeasonBlackout ParseBlackout(string text)
    {
        var parts = text.Split("..", 2);
        var start = PlanFile.ParseDate(parts[0], "--blackout");
        var end = parts.Length == 2 ? PlanFile.ParseDate(parts[1], "--blackout") : start;
        return end < start
            ? throw new BadInputException($"--blackout {text}: ends before it starts")
            : new SeasonBlackout(new DateInterval(start, end), string.Create(CultureInfo.InvariantCulture, $"blackout {start:uuuu'-'MM'-'dd}..{end:uuuu'-'MM'-'dd}"));
    }
}
