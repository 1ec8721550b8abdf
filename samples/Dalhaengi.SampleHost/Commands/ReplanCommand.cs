using Dalhaengi.Core.Calendar;
using System.ComponentModel;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Rotation;
using Dalhaengi.SampleHost.Formats;
using Dalhaengi.SampleHost.Infrastructure;
using NodaTime;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dalhaengi.SampleHost.Commands;

/// <summary>
/// Re-plans the rest of a season from a plan CSV and the record of what was held: sessions before <c>--from</c> are
/// exactly the held ones; the rest is planned keeping fair shares over the whole season.
/// </summary>
internal sealed class ReplanCommand(HostConsole io, IAnsiConsole console, IHolidayCalendar calendar, IClock clock, RotationPlanner planner, Municipality registered, PartnerRoster registeredRoster) : Command<ReplanCommand.Settings>
{
    private readonly RotationOutput output = new(io, console, calendar, clock);

    internal sealed class Settings : CitySettings
    {
        [CommandOption("--plan <FILE>")]
        [Description("The season's plan, as written by plan --format csv.")]
        public string? Plan { get; init; }

        [CommandOption("--held <FILE>")]
        [Description("What happened: CSV date,slot,site,status[[,partners]] with status held or cancelled.")]
        public string? Held { get; init; }

        [CommandOption("--from <DATE>")]
        [Description("First day to re-plan (yyyy-MM-dd).")]
        public string? From { get; init; }

        [CommandOption("--municipality <NAME>")]
        [Description("yangpyeong (default) or hwaseong; must be the one the plan was made for.")]
        [DefaultValue("yangpyeong")]
        public string Municipality { get; init; } = "yangpyeong";

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
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var format = RotationOutput.CheckFormat(settings.Format);
        var planFile = PlanFile.Read(settings.Plan ?? throw new BadInputException("--plan is required"), calendar);
        var held = HeldCsv.Read(settings.Held ?? throw new BadInputException("--held is required"), planFile);
        var from = PlanFile.ParseDate(settings.From ?? throw new BadInputException("--from is required"), "--from");
        var (municipality, roster) = RotationOutput.Place(settings, settings.Municipality, registered, registeredRoster);
        var season = new Season(planFile.Dates, planFile.Weekdays, output.Calendar(), planFile.SessionsPerDay, planFile.SkippedDays);
        var plan = planner.Replan(new RotationRequest(municipality, season, roster), held, from);
        output.Write(plan, municipality, roster, format, settings.Out, RotationOutput.CheckPlanName(settings.PlanName, PlanIcs.DefaultPlanName(municipality, planFile.Dates.Start.Year)), settings.PreviousIcs);
        return Cli.Success;
    }
}
