using System.ComponentModel;
using Dalhaengi.Core.Risk;
using Dalhaengi.SampleHost.Adaptation;
using Dalhaengi.SampleHost.Infrastructure;
using Spectre.Console.Cli;

namespace Dalhaengi.SampleHost.Commands;

/// <summary>Validates a rule set or overlay file against the national catalog: every error with its JSON path, exit 1 on any.</summary>
internal sealed class RulesValidateCommand(HostConsole io, IndicatorCatalog catalog, RiskRuleSet inUse) : Command<RulesValidateCommand.Settings>
{
    internal sealed class Settings : CitySettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("The rule set JSON file.")]
        public string File { get; init; } = "";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!System.IO.File.Exists(settings.File))
        {
            throw new FileNotFoundException(null, settings.File);
        }

        // Through the registry, so an overlay (a city's rules.json) is resolved and checked like a full rule set.
        var set = RuleArguments.Resolve(catalog, inUse, settings.File)[0];
        RiskEvaluator.Compile(set, catalog);
        io.Out.WriteLine($"{settings.File}: valid — {set} with {set.Rules.Count} rules, {set.RedFlags.Count} red flags, {set.Tiers.Count} tiers");
        return Cli.Success;
    }
}
