using Spectre.Console;
using System.ComponentModel;
using System.Globalization;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Outreach;
using Dalhaengi.Core.Partners;
using Dalhaengi.SampleHost.Infrastructure;
using Dalhaengi.SampleHost.Outreach;
using Dalhaengi.SampleHost.Storage;
using NodaTime;
using Spectre.Console.Cli;

namespace Dalhaengi.SampleHost.Commands;

/// <summary>Records a finding and refers the household to a partner, checking consent.</summary>
internal sealed class ReferCommand(
    HostConsole io, Municipality municipality, PartnerRoster roster, IClock clock, ISessionRecordRepository sessions, IReferralRepository referrals) : AsyncCommand<ReferCommand.Settings>
{
    internal sealed class Settings : DatabaseSettings
    {
        [CommandOption("--household <ID>")]
        [Description("The household id (required).")]
        public string? Household { get; init; }

        [CommandOption("--partner <ID>")]
        [Description("The partner to refer to (required).")]
        public string? Partner { get; init; }

        [CommandOption("--signal <CODE=VALUE>")]
        [Description("A signal observed, for example screening.phq9.total=16; repeat for several (at least one).")]
        public string[] Signals { get; init; } = [];

        [CommandOption("--session <RECORD>")]
        [Description("The session record where it was found; gives the district and day.")]
        public string? Session { get; init; }

        [CommandOption("--district <CODE-OR-NAME>")]
        [Description("The household's district, for example 양평읍; required without --session.")]
        public string? District { get; init; }

        [CommandOption("--deadline-days <N>")]
        [Description("The risk tier's response deadline in days (default 7).")]
        public int DeadlineDays { get; init; } = 7;

        [CommandOption("--consent <KIND>")]
        [Description("none (default), verbal or written.")]
        public string Consent { get; init; } = "none";

        [CommandOption("--consent-date <DATE>")]
        [Description("The day consent was given (default today).")]
        public string? ConsentDate { get; init; }

        [CommandOption("--no-personal-data")]
        [Description("The referral shares no personal data, so it needs no consent.")]
        public bool NoPersonalData { get; init; }

        [CommandOption("--by <NAME>")]
        public string By { get; init; } = "cli";

        public override ValidationResult Validate() => OptionBounds.All(
            OptionBounds.NotBlank(("--by", By)),
            OptionBounds.Check(("--deadline-days", DeadlineDays, 1, 365)));
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var household = OutreachArguments.Id(settings.Household ?? throw new BadInputException("--household is required."), "--household", v => new HouseholdId(v));
        var partner = OutreachArguments.Partner(settings.Partner ?? throw new BadInputException("--partner is required."), "--partner", roster);
        if (settings.DeadlineDays < 0)
        {
            throw new BadInputException("--deadline-days: must be zero or more.");
        }

        var today = OutreachArguments.Today(clock);
        SessionRecord? session = null;
        if (settings.Session is { } s)
        {
            session = await sessions.FindAsync(OutreachArguments.Id(s, "--session", v => new SessionRecordId(v)), cancellationToken)
                ?? throw new BadInputException($"--session: no session record '{s}'.");
        }

        var district = settings.District is { } text
            ? OutreachArguments.District(municipality, text)
            : session?.Current.District ?? throw new BadInputException("--district is required without --session.");
        var foundOn = session?.Current.Date ?? today;
        var signals = settings.Signals.Select(x => ParseSignal(x, foundOn)).ToList();
        if (signals.Count == 0)
        {
            throw new BadInputException("--signal: give at least one signal behind the finding, for example --signal screening.phq9.total=16.");
        }

        var consent = settings.Consent.ToLowerInvariant() switch
        {
            "none" => ConsentRecord.None,
            "verbal" => ConsentRecord.Verbal(settings.ConsentDate is null ? today : OutreachArguments.Date(settings.ConsentDate, "--consent-date")),
            "written" => ConsentRecord.Written(settings.ConsentDate is null ? today : OutreachArguments.Date(settings.ConsentDate, "--consent-date")),
            _ => throw new BadInputException($"--consent: '{settings.Consent}' is not one of none, verbal, written."),
        };

        var referral = await OutreachArguments.Guarded(() => FreshId.SaveAsync(async attempt =>
        {
            // count + 1 is the usual choice; after a collision with a concurrent writer, the next one up.
            var n = (await referrals.ListAsync(null, cancellationToken)).Count + 1 + attempt;
            var finding = new Finding(
                new FindingId(string.Create(CultureInfo.InvariantCulture, $"fnd-cli-{n:000}")), household, district, foundOn, signals, Period.FromDays(settings.DeadlineDays), session?.Id);
            var subject = ReferralSubject.ForFinding(finding, consent, sharesPersonalData: !settings.NoPersonalData);
            var r = Referral.Open(new ReferralId(string.Create(CultureInfo.InvariantCulture, $"ref-cli-{n:000}")), subject, partner, settings.By, clock);
            await referrals.AddAsync(r, cancellationToken);
            return r;
        }));

        io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{referral.Id},{OutreachArguments.State(referral.State)},{referral.Partner},{district},{household},{referral.DueDate:uuuu-MM-dd}"));
        io.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"referred {household} to {partner}, due {referral.DueDate:uuuu-MM-dd}"));
        return Cli.Success;
    }

    private static ObservedSignal ParseSignal(string text, LocalDate on)
    {
        var parts = text.Split('=', 2);
        if (parts.Length != 2 || string.IsNullOrWhiteSpace(parts[0])
            || !decimal.TryParse(parts[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            throw new BadInputException($"--signal: '{text}' must be CODE=VALUE, for example screening.phq9.total=16 or observation.isolated=1.");
        }

        try
        {
            return new ObservedSignal(parts[0], value, on);
        }
        catch (ArgumentException ex)
        {
            // The code is checked against the indicator catalog, with the code that was probably meant.
            var cut = ex.Message.LastIndexOf(" (Parameter", StringComparison.Ordinal);
            throw new BadInputException($"--signal: {(cut > 0 ? ex.Message[..cut] : ex.Message)}.");
        }
    }
}
