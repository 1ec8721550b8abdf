using System.ComponentModel;
using Dalhaengi.Core.Risk;
using Dalhaengi.SampleHost.Adaptation;
using Dalhaengi.SampleHost.Infrastructure;
using Spectre.Console.Cli;

namespace Dalhaengi.SampleHost.Commands;

/// <summary>Prints what changes from one rule set to another (files, overlays or built-in ids), as text or Markdown.</summary>
internal sealed class RulesDiffCommand(HostConsole io, IndicatorCatalog catalog, RiskRuleSet inUse) : Command<RulesDiffCommand.Settings>
{
    internal sealed class Settings : CitySettings
    {
        [CommandArgument(0, "<A>")]
        [Description("The rule set before: a JSON file (full or overlay) or a built-in id such as kr.national-outreach.")]
        public string A { get; init; } = "";

        [CommandArgument(1, "<B>")]
        [Description("The rule set after.")]
        public string B { get; init; } = "";

        [CommandOption("--markdown")]
        [Description("Write a Markdown table instead of text.")]
        public bool Markdown { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var sets = RuleArguments.Resolve(catalog, inUse, settings.A, settings.B);
        var diff = RiskRuleSetComparer.Compare(sets[0], sets[1]);
        io.Out.Write(settings.Markdown ? diff.ToMarkdown() : diff.ToString());
        return Cli.Success;
    }
}
