using Spectre.Console;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using Dalhaengi.Core.Calendar;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Outreach;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Rotation;
using Dalhaengi.SampleHost.Formats;
using Dalhaengi.SampleHost.Infrastructure;
using Dalhaengi.SampleHost.Outreach;
using Dalhaengi.SampleHost.Storage;
using NodaTime;
using Spectre.Console.Cli;

namespace Dalhaengi.SampleHost.Commands;

/// <summary>The season report, computed from the records in the host database (seeded with the sample season).</summary>
internal sealed class ReportCommand(
    HostConsole io, Municipality municipality, PartnerRoster roster, IHolidayCalendar calendar, RotationPlanner planner, IClock clock,
    ISessionRecordRepository sessions, IReferralRepository referrals, ICaseRepository cases) : AsyncCommand<ReportCommand.Settings>
{
    internal sealed class Settings : DatabaseSettings
    {
        [CommandOption("--season <YEAR>")]
        [Description("The season's year, for example 2024. Defaults to this year.")]
        public int? Season { get; init; }

        [CommandOption("--format <FORMAT>")]
        [Description("markdown (default) or csv (one long table: breakdown,key,label,measure,value).")]
        public string Format { get; init; } = "markdown";

        [CommandOption("--html <FILE>")]
        [Description("Also write the season as one self-contained HTML page: held sessions by week and 읍면, the referral funnel, the figures.")]
        public string? Html { get; init; }

        [CommandOption("--xlsx <FILE>")]
        [Description("Also write the report as an Excel workbook: totals with definitions, by 읍면, month, service and partner.")]
        public string? Xlsx { get; init; }
        public override ValidationResult Validate() => OptionBounds.Check(("--season", Season, Dalhaengi.Core.Calendar.KoreanHolidayCalendar.MinYear, Dalhaengi.Core.Calendar.KoreanHolidayCalendar.MaxYear));
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var csv = OutreachArguments.Choice(settings.Format, "--format", ("markdown", false), ("csv", true));
        var year = settings.Season ?? OutreachArguments.Today(clock).Year;
        if (year is < 2015 or > 9999)
        {
            throw new BadInputException($"--season: {year} is not a season year (the program started in 2015).");
        }

        var season = new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        var records = await sessions.ListAsync(new SessionRecordQuery { Dates = season }, cancellationToken);
        var referralList = await referrals.ListAsync(null, cancellationToken);
        var report = SeasonReport.Compute(season, records, referralList, await cases.ListAsync(null, cancellationToken));

        io.Out.Write(csv ? Csv.ByteOrderMark + Csv.WithCrlf(report.ToCsv(municipality)) : ReportMarkdown.Write(report, municipality, roster));
        io.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{municipality.Name.Korean} season {year}: {report.Total}"));
        if (settings.Xlsx is { } xlsx)
        {
            ExcelExport.Report(xlsx, report, municipality, roster);
            io.Error.WriteLine($"wrote {xlsx}");
        }

        if (settings.Html is { } html && records.Count > 0)
        {
            var page = new SeasonPage(municipality, roster, AsHeldPlan(records), clock.GetCurrentInstant())
            {
                Referrals = referralList,
                Figures = report.Total,
            };
            File.WriteAllText(html, SeasonHtml.Write(page), new UTF8Encoding(false));
            io.Error.WriteLine($"wrote {html}");
        }

        return Cli.Success;
    }

    // The page draws a plan; a season of records is the plan whose every slot is already held or cancelled,
    // so re-planning from the day after the last record keeps exactly what happened.
    private RotationPlan AsHeldPlan(IReadOnlyList<SessionRecord> records)
    {
        var details = records.Select(r => r.Current).OrderBy(d => d.Date).ToList();
        var held = details.GroupBy(d => d.Date).SelectMany(day => day.Select((d, i) => new HeldSession(
            d.Date, i + 1, d.Site,
            d.Status == SessionStatus.Held ? HeldSessionStatus.Held : HeldSessionStatus.Cancelled,
            d.Status == SessionStatus.Held ? d.PartnersPresent : []))).ToList();
        var dates = new DateInterval(details[0].Date, details[^1].Date);
        var seasonDays = new Season(dates, details.Select(d => d.Date.DayOfWeek).Distinct(), calendar,
            sessionsPerDay: held.Max(h => h.Slot));
        return planner.Replan(new RotationRequest(municipality, seasonDays, roster), held, dates.End.PlusDays(1));
    }
}
