using System.ComponentModel;
using System.Globalization;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Outreach;
using Dalhaengi.SampleHost.Infrastructure;
using Dalhaengi.SampleHost.Outreach;
using Dalhaengi.SampleHost.Storage;
using NodaTime;
using Spectre.Console.Cli;

namespace Dalhaengi.SampleHost.Commands;

/// <summary>The season report, computed from the records in the host database (seeded with the sample season).</summary>
internal sealed class ReportCommand(
    HostConsole io, Municipality municipality, IClock clock,
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
        var report = SeasonReport.Compute(
            season,
            await sessions.ListAsync(new SessionRecordQuery { Dates = season }, cancellationToken),
            await referrals.ListAsync(null, cancellationToken),
            await cases.ListAsync(null, cancellationToken));

        io.Out.Write(csv ? report.ToCsv(municipality) : report.ToMarkdown(municipality));
        io.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{municipality.Name.Korean} season {year}: {report.Total}"));
        return Cli.Success;
    }
}
