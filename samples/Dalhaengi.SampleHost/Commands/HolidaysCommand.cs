using System.ComponentModel;
using System.Globalization;
using Dalhaengi.Core.Calendar;
using Dalhaengi.SampleHost.Infrastructure;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dalhaengi.SampleHost.Commands;

/// <summary>
/// Prints the holidays of a year or a range of years, other than plain Sundays, one per line:
/// <c>yyyy-MM-dd&lt;TAB&gt;kind&lt;TAB&gt;Korean name</c>, sorted by date. The format is a contract (docs/calendar.md).
/// </summary>
internal sealed class HolidaysCommand(HostConsole io, IHolidayCalendar calendar) : Command<HolidaysCommand.Settings>
{
    internal sealed class Settings : CitySettings
    {
        [CommandArgument(0, "[year]")]
        [Description("The year to list, 2014 to 2050.")]
        public int? Year { get; init; }

        [CommandOption("--from <YEAR>")]
        [Description("The first year of a range (with --to).")]
        public int? From { get; init; }

        [CommandOption("--to <YEAR>")]
        [Description("The last year of a range (with --from).")]
        public int? To { get; init; }

        [CommandOption("--add <FILE>")]
        [Description("A dalhaengi.holidays/1 JSON file of extra days off (local closures, new designations).")]
        public string? Add { get; init; }

        public override ValidationResult Validate()
        {
            if (Year is not null && (From is not null || To is not null))
            {
                return ValidationResult.Error("give either a year or --from/--to, not both");
            }

            if (Year is null && (From is null || To is null))
            {
                return ValidationResult.Error("give a year (holidays 2025) or a range (holidays --from 2024 --to 2026)");
            }

            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var from = settings.Year ?? settings.From!.Value;
        var to = settings.Year ?? settings.To!.Value;
        if (to < from)
        {
            throw new BadInputException($"--to {to} is before --from {from}");
        }

        foreach (var year in new[] { from, to })
        {
            if (year is < KoreanHolidayCalendar.MinYear or > KoreanHolidayCalendar.MaxYear)
            {
                throw new BadInputException(string.Create(CultureInfo.InvariantCulture,
                    $"{year} is outside the supported years {KoreanHolidayCalendar.MinYear} to {KoreanHolidayCalendar.MaxYear}"));
            }
        }

        var effective = settings.Add is null ? calendar : calendar.With(LoadDays(settings.Add));
        var holidays = effective.GetHolidays(new DateInterval(new LocalDate(from, 1, 1), new LocalDate(to, 12, 31)));
        foreach (var holiday in holidays)
        {
            io.Out.WriteLine($"{LocalDatePattern.Iso.Format(holiday.Date)}\t{Kind(holiday.Kind)}\t{holiday.Name.Korean}");
        }

        io.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{holidays.Count} holidays from {from} to {to} (Sundays not listed)"));
        return Cli.Success;
    }

    private static IReadOnlyList<Holiday> LoadDays(string path)
    {
        using var stream = File.OpenRead(path);
        return HolidayDataJson.LoadDays(stream, Path.GetFileName(path));
    }

    private static string Kind(HolidayKind kind) => kind switch
    {
        HolidayKind.Regular => "regular",
        HolidayKind.Substitute => "substitute",
        HolidayKind.Election => "election",
        HolidayKind.Temporary => "temporary",
        HolidayKind.Local => "local",
        HolidayKind.ProjectedElection => "projected-election",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown holiday kind."),
    };
}
