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

/// <summary>Lists open referrals past their due date, with counts by partner and by district.</summary>
internal sealed class OverdueCommand(
    HostConsole io, Municipality municipality, IClock clock, IReferralRepository referrals) : AsyncCommand<OverdueCommand.Settings>
{
    internal sealed class Settings : DatabaseSettings
    {
        [CommandOption("--as-of <DATE>")]
        [Description("The day to check, yyyy-MM-dd. Defaults to today (Korea Standard Time). The due date itself is not overdue.")]
        public string? AsOf { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var asOf = settings.AsOf is null ? OutreachArguments.Today(clock) : OutreachArguments.Date(settings.AsOf, "--as-of");
        var overdue = OverdueReferrals.Find(await referrals.ListAsync(new ReferralQuery { OpenOnly = true }, cancellationToken), asOf);

        io.Out.WriteLine("referral,state,partner,district,household,due_date,days_overdue");
        foreach (var item in overdue.Items)
        {
            var r = item.Referral;
            io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Id},{OutreachArguments.State(r.State)},{r.Partner},{r.Subject.District},{r.Subject.Household},{r.DueDate:uuuu-MM-dd},{item.DaysOverdue}"));
        }

        io.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{overdue.Items.Count} referral(s) overdue as of {asOf:uuuu-MM-dd}"));
        foreach (var (partner, items) in overdue.ByPartner)
        {
            io.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  partner {partner}: {items.Count}"));
        }

        foreach (var (district, items) in overdue.ByDistrict)
        {
            var name = municipality.FindDistrict(district)?.Name.Korean ?? district.Value;
            io.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  district {name}: {items.Count}"));
        }

        return Cli.Success;
    }
}
