using System.Text;
using Dalhaengi.Core.Calendar;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Rotation;
using Dalhaengi.SampleHost.Formats;
using NodaTime;
using Spectre.Console;

namespace Dalhaengi.SampleHost.Infrastructure;

/// <summary>What the <c>plan</c> and <c>replan</c> commands share: inputs from options and DI, and writing the plan.</summary>
internal sealed class RotationOutput(HostConsole io, IAnsiConsole console, IHolidayCalendar calendar, IClock clock)
{
    public static readonly string[] Formats = ["table", "csv", "ics", "xlsx"];

    public IHolidayCalendar Calendar() => calendar;

    /// <summary>The city of <c>--city</c> (already registered in the container) or else the built-in <c>--municipality</c>.</summary>
    public static (Municipality Municipality, PartnerRoster Roster) Place(CitySettings settings, string name, Municipality registered, PartnerRoster roster) =>
        settings.City is null ? Place(name) : (registered, roster);

    public static (Municipality Municipality, PartnerRoster Roster) Place(string name)
    {
        Municipality municipality;
        try
        {
            municipality = BuiltInMunicipalities.Get(name);
        }
        catch (ArgumentException)
        {
            throw new BadInputException($"unknown municipality '{name}'; use one of: {string.Join(", ", BuiltInMunicipalities.Names)}");
        }

        return (municipality, BuiltInPartnerRosters.For(municipality) ?? PartnerRoster.Empty);
    }

    public static string CheckFormat(string format) =>
        Formats.Contains(format, StringComparer.Ordinal) ? format : throw new BadInputException($"unknown format '{format}'; use table, csv, ics or xlsx");

    /// <summary>Writes the plan; <paramref name="planName"/> and <paramref name="previousIcs"/> shape the calendar's UIDs and sequences.</summary>
    public void Write(RotationPlan plan, Municipality municipality, PartnerRoster roster, string format, string? outPath, string planName, string? previousIcs)
    {
        if (format == "xlsx")
        {
            ExcelExport.Plan(outPath ?? throw new BadInputException("--format xlsx needs --out FILE (a workbook is not written to standard output)"), plan, municipality, roster);
            io.Error.WriteLine($"wrote {outPath}");
            WriteSummary(plan, municipality);
            return;
        }

        if (format == "table")
        {
            if (outPath is null)
            {
                PlanTable.Write(console, plan, municipality, roster);
                return;
            }

            using var writer = new StreamWriter(outPath, false, new UTF8Encoding(false));
            var fileConsole = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No });
            PlanTable.Write(fileConsole, plan, municipality, roster);
            io.Error.WriteLine($"wrote {outPath}");
            return;
        }

        var previous = previousIcs is null ? null : PreviousCalendar.Read(previousIcs);
        var text = format == "csv" ? PlanCsv.Write(plan) : PlanIcs.Write(plan, municipality, roster, clock.GetCurrentInstant(), planName, previous);
        if (outPath is null)
        {
            // CSV carries the byte order mark on standard output too: "> plan.csv" is how many users make the file.
            io.Out.Write(format == "csv" ? Csv.ByteOrderMark + text : text);
        }
        else
        {
            File.WriteAllText(outPath, text, format == "csv" ? Csv.Utf8WithBom : new UTF8Encoding(false));
            io.Error.WriteLine($"wrote {outPath}");
        }

        WriteSummary(plan, municipality);
    }

    /// <summary>
    /// Checks the output options together before a command runs, so a missing or malformed option is a usage error
    /// (exit 2) naming it; a given file that cannot be read stays bad input (exit 1) naming the file.
    /// </summary>
    public static ValidationResult CheckOptions(string format, string? outPath, string? planName, string? previousIcs)
    {
        if (format == "xlsx" && string.IsNullOrWhiteSpace(outPath))
        {
            return ValidationResult.Error("--out is required with --format xlsx (a workbook is not written to standard output)");
        }

        if (outPath is not null && string.IsNullOrWhiteSpace(outPath))
        {
            return ValidationResult.Error("--out needs a file name");
        }

        if (planName is not null && !IsPlanName(planName))
        {
            return ValidationResult.Error($"--plan-name '{planName}': use 1 to 64 letters, digits, '-' or '_'");
        }

        return previousIcs is not null && string.IsNullOrWhiteSpace(previousIcs)
            ? ValidationResult.Error("--previous-ics needs a file: the calendar published before, e.g. out/plan.ics")
            : ValidationResult.Success();
    }

    private static bool IsPlanName(string name) => name.Length is > 0 and <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>Checks a plan name for the calendar's UIDs: letters, digits, '-' and '_' only, so a UID stays one token.</summary>
    public static string CheckPlanName(string? name, string fallback) =>
        name is null ? fallback
        : IsPlanName(name) ? name
        : throw new BadInputException($"--plan-name '{name}': use 1 to 64 letters, digits, '-' or '_'");

    private void WriteSummary(RotationPlan plan, Municipality municipality)
    {
        foreach (var line in PlanTable.Summary(plan, municipality))
        {
            io.Error.WriteLine(line);
        }
    }
}
