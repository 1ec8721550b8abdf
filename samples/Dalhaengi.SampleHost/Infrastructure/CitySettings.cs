using System.ComponentModel;
using Spectre.Console.Cli;

namespace Dalhaengi.SampleHost.Infrastructure;

/// <summary>
/// The option every command that uses city data shares: <c>--city DIR</c>. The folder is loaded in <see cref="Cli"/>
/// before the container is built (see <see cref="CityArgument"/>), so commands simply take the municipality, roster,
/// rule set, calendar and tables they inject; this class only declares the option, for parsing and <c>--help</c>.
/// </summary>
internal class CitySettings : CommandSettings
{
    [CommandOption("--city <DIR>")]
    [Description("Run on a city folder (municipality.json, partners.json, optional rules.json, holidays.json, emergency-support.json) instead of the embedded Yangpyeong data. Check one with `city validate DIR`.")]
    public string? City { get; init; }
}
