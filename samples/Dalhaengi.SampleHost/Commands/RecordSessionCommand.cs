using Spectre.Console;
using System.ComponentModel;
using System.Globalization;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Outreach;
using Dalhaengi.Core.Partners;
using Dalhaengi.SampleHost.Infrastructure;
using Dalhaengi.SampleHost.Outreach;
using Dalhaengi.SampleHost.Storage;
using NodaTime;
using Spectre.Console.Cli;

namespace Dalhaengi.SampleHost.Commands;

/// <summary>Records a held or cancelled session in the host database.</summary>
internal sealed class RecordSessionCommand(
    HostConsole io, Municipality municipality, PartnerRoster roster, IClock clock, ISessionRecordRepository sessions) : AsyncCommand<RecordSessionCommand.Settings>
{
    internal sealed class Settings : DatabaseSettings
    {
        [CommandOption("--date <DATE>")]
        [Description("The session's day, yyyy-MM-dd (required).")]
        public string? Date { get; init; }

        [CommandOption("--site <SITE>")]
        [Description("The site id, for example yp-yangpyeong-25 (required).")]
        public string? Site { get; init; }

        [CommandOption("--residents <N>")]
        [Description("Residents served.")]
        public int Residents { get; init; }

        [CommandOption("--items <N>")]
        [Description("Promotional items handed out.")]
        public int Items { get; init; }

        [CommandOption("--staff <N>")]
        public int Staff { get; init; }

        [CommandOption("--volunteers <N>")]
        public int Volunteers { get; init; }

        [CommandOption("--partner <ID>")]
        [Description("A partner present; repeat for several (partners of --service are added).")]
        public string[] Partners { get; init; } = [];

        [CommandOption("--service <SERVICE:PARTNER:COUNT>")]
        [Description("A service delivered, for example health.basic-check:yp-health-promotion:25; repeat for several.")]
        public string[] Services { get; init; } = [];

        [CommandOption("--cancelled <REASON>")]
        [Description("Record the session as called off: weather, heat-wave or other.")]
        public string? Cancelled { get; init; }

        [CommandOption("--notes <TEXT>")]
        public string? Notes { get; init; }

        [CommandOption("--by <NAME>")]
        [Description("Who records it (default: cli).")]
        public string By { get; init; } = "cli";

        public override ValidationResult Validate() => OptionBounds.All(
            OptionBounds.NotBlank(("--by", By)),
            OptionBounds.Check(("--residents", Residents, 0, OptionBounds.MaxPerSession), ("--items", Items, 0, OptionBounds.MaxPerSession), ("--staff", Staff, 0, OptionBounds.MaxPeople), ("--volunteers", Volunteers, 0, OptionBounds.MaxPeople)));
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var date = OutreachArguments.Date(settings.Date ?? throw new BadInputException("--date is required."), "--date");
        var siteId = OutreachArguments.Id(settings.Site ?? throw new BadInputException("--site is required."), "--site", s => new SiteId(s));
        var site = municipality.FindSite(siteId) ?? throw new BadInputException($"--site: {municipality.Name.Korean} has no site '{siteId}'.");

        var details = settings.Cancelled is { } reason
            ? SessionDetails.Cancelled(date, site.Id, site.District, OutreachArguments.Choice(reason, "--cancelled",
                ("weather", CancellationReason.Weather), ("heat-wave", CancellationReason.HeatWave), ("other", CancellationReason.Other)), settings.Notes)
            : Held(settings, date, site);

        var record = await OutreachArguments.Guarded(() => FreshId.SaveAsync(async _ =>
        {
            var id = await NextIdAsync(date, cancellationToken);
            var r = SessionRecord.Record(id, details, settings.By, clock);
            await sessions.AddAsync(r, cancellationToken);
            return r;
        }));

        var d = record.Current;
        io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{record.Id},{d.Date:uuuu-MM-dd},{d.Site},{d.District},{(d.Status == SessionStatus.Held ? "held" : "cancelled")},{d.ResidentsServed},{d.ServicesDelivered},{d.ItemsDistributed}"));
        io.Error.WriteLine($"recorded session {record.Id} at {site.Name.Korean}");
        return Cli.Success;
    }

    private SessionDetails Held(Settings settings, LocalDate date, Site site)
    {
        var services = settings.Services.Select(ParseService).ToList();
        var partners = settings.Partners.Select(p => OutreachArguments.Partner(p, "--partner", roster))
            .Concat(services.Select(s => s.Partner)).Distinct().ToList();
        try
        {
            return new SessionDetails
            {
                Date = date,
                Site = site.Id,
                District = site.District,
                PartnersPresent = partners,
                StaffCount = settings.Staff,
                VolunteerCount = settings.Volunteers,
                ResidentsServed = settings.Residents,
                Services = services,
                Items = settings.Items > 0 ? [new ItemDistribution("홍보물품 (promotional goods)", settings.Items)] : [],
                Notes = settings.Notes,
            };
        }
        catch (ArgumentException ex)
        {
            throw new BadInputException(ex.Message);
        }
    }

    private ServiceDelivery ParseService(string text)
    {
        var parts = text.Split(':');
        if (parts.Length != 3)
        {
            throw new BadInputException($"--service: '{text}' must be SERVICE:PARTNER:COUNT, for example health.basic-check:yp-health-promotion:25.");
        }

        var code = OutreachArguments.Id(parts[0], "--service", v => new ServiceCode(v));
        if (!roster.Services.Any(s => s.Code == code))
        {
            // A typo would otherwise be stored and counted in the season report as a service of its own.
            throw new BadInputException($"--service: '{parts[0]}' is not a service of the roster; known: {string.Join(", ", roster.Services.Select(s => s.Code.Value))}");
        }

        return new ServiceDelivery(
            code,
            OutreachArguments.Partner(parts[1], "--service", roster),
            OutreachArguments.Int(parts[2], "--service"));
    }

    private async Task<SessionRecordId> NextIdAsync(LocalDate date, CancellationToken cancellationToken)
    {
        var baseId = string.Create(CultureInfo.InvariantCulture, $"rec-{date:uuuu-MM-dd}");
        for (var n = 1; ; n++)
        {
            var id = new SessionRecordId(n == 1 ? baseId : string.Create(CultureInfo.InvariantCulture, $"{baseId}.{n}"));
            if (await sessions.FindAsync(id, cancellationToken) is null)
            {
                return id;
            }
        }
    }
}
