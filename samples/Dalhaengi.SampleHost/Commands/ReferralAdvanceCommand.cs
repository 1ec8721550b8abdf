using System.ComponentModel;
using System.Globalization;
using Dalhaengi.Core.Outreach;
using Dalhaengi.Core.Partners;
using Dalhaengi.SampleHost.Infrastructure;
using Dalhaengi.SampleHost.Outreach;
using Dalhaengi.SampleHost.Storage;
using NodaTime;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dalhaengi.SampleHost.Commands;

/// <summary>Moves a referral through its state machine and prints its audit trail.</summary>
internal sealed class ReferralAdvanceCommand(
    HostConsole io, PartnerRoster roster, IClock clock, IReferralRepository referrals) : AsyncCommand<ReferralAdvanceCommand.Settings>
{
    internal sealed class Settings : DatabaseSettings
    {
        [CommandArgument(0, "<ID>")]
        [Description("The referral id, for example ref-2024-009.")]
        public string Id { get; init; } = "";

        [CommandOption("--to <STATE>")]
        [Description("accepted, in-service, rejected, referred (re-refer, with --partner) or closed (with --outcome).")]
        public string? To { get; init; }

        [CommandOption("--outcome <OUTCOME>")]
        [Description("For closed: resolved, declined, unreachable or transferred.")]
        public string? Outcome { get; init; }

        [CommandOption("--reason <TEXT>")]
        [Description("For rejected: the partner's reason; for closed: a note.")]
        public string? Reason { get; init; }

        [CommandOption("--partner <ID>")]
        [Description("For referred: the partner to re-refer to.")]
        public string? Partner { get; init; }

        [CommandOption("--by <NAME>")]
        public string By { get; init; } = "cli";

        public override ValidationResult Validate() => OptionBounds.NotBlank(("--by", By), ("--reason", Reason));
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var id = OutreachArguments.Id(settings.Id, "ID", v => new ReferralId(v));
        var to = OutreachArguments.Choice(settings.To ?? throw new BadInputException("--to is required."), "--to",
            ("accepted", ReferralState.Accepted), ("in-service", ReferralState.InService), ("rejected", ReferralState.Rejected),
            ("referred", ReferralState.Referred), ("closed", ReferralState.Closed));
        var current = await referrals.FindAsync(id, cancellationToken) ?? throw new BadInputException($"no referral '{id}'.");

        var moved = await OutreachArguments.Guarded(async () =>
        {
            var next = to switch
            {
                ReferralState.Accepted => current.Accept(settings.By, clock),
                ReferralState.InService => current.StartService(settings.By, clock),
                ReferralState.Rejected => current.Reject(settings.Reason ?? throw new BadInputException("--reason is required for rejected."), settings.By, clock),
                ReferralState.Referred => current.ReRefer(
                    OutreachArguments.Partner(settings.Partner ?? throw new BadInputException("--partner is required for referred."), "--partner", roster), settings.By, clock),
                _ => current.Close(OutreachArguments.Outcome(settings.Outcome ?? throw new BadInputException("--outcome is required for closed.")), settings.By, clock, settings.Reason),
            };
            await referrals.UpdateAsync(next, current.Version, cancellationToken);
            return next;
        });

        io.Out.WriteLine("at,state,partner,by,outcome,reason");
        foreach (var t in moved.History)
        {
            io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{t.At},{OutreachArguments.State(t.To)},{t.Partner},{t.By},{t.Outcome},{t.Reason}"));
        }

        io.Error.WriteLine($"{moved.Id}: {OutreachArguments.State(current.State)} -> {OutreachArguments.State(moved.State)}");
        return Cli.Success;
    }
}
