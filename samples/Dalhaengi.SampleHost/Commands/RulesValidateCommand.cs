using System.ComponentModel;
using Dalhaengi.Core.Risk;
using Dalhaengi.SampleHost.Infrastructure;
using Spectre.Console.Cli;

namespace Dalhaengi.SampleHost.Commands;

/// <summary>Validates a rule set file against the national catalog: every error with its JSON path, exit 1 on any.</summary>
internal sealed class RulesValidateCommand(HostConsole io, IndicatorCatalog catalog) : Command<RulesValidateCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("The rule set JSON file.")]
        public string File { get; init; } = "";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var stream = System.IO.File.OpenRead(settings.File);
        var set = RiskRuleSetJson.Load(stream, catalog, settings.File);
        RiskEvaluator.Compile(set, catalog);
        io.Out.WriteLine($"{settings.File}: valid — {set} with {set.Rules.Count} rules, {set.RedFlags.Count} red flags, {set.Tiers.Count} tiers");
        return Cli.Success;
    }
}
