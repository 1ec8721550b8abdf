using System.ComponentModel;
using Dalhaengi.Core.Cities;
using Dalhaengi.Core.Risk;
using Dalhaengi.SampleHost.Infrastructure;
using Spectre.Console.Cli;

namespace Dalhaengi.SampleHost.Commands;

/// <summary>
/// Loads a city folder as <c>--city</c> would and prints what it holds; a bad folder throws, and <see cref="Cli"/>
/// prints every problem (<c>file:line $.path: message (hint)</c>) with exit code 1.
/// </summary>
internal sealed class CityValidateCommand(HostConsole io, IndicatorCatalog catalog) : Command<CityValidateCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<DIR>")]
        [Description("The city folder.")]
        public string Directory { get; init; } = "";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var city = CityFolder.Load(settings.Directory, catalog);
        var m = city.Municipality;
        io.Out.WriteLine($"{settings.Directory}: valid — {m.Name.Korean} ({m.Code}): {m.Districts.Count} districts, {m.Sites.Count} sites; " +
            $"{city.Roster}; rules {city.RuleSet}{(city.RuleSet.Lineage.Count > 1 ? " (" + string.Join(" → ", city.RuleSet.Lineage) + ")" : "")}; " +
            $"{city.Holidays.Count} extra days off; emergency-support tables {(city.EmergencySupport is null ? "embedded" : "from the folder")}");
        return Cli.Success;
    }
}
