using System.ComponentModel;
using System.Text;
using Dalhaengi.Core.Calendar;
using Dalhaengi.Core.Cities;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Risk;
using Dalhaengi.SampleHost.Infrastructure;
using Spectre.Console.Cli;

namespace Dalhaengi.SampleHost.Commands;

/// <summary>
/// Writes a new city folder from a built-in municipality: its municipality and roster, an overlay of the national
/// rules that changes nothing yet, and an empty list of closures. Never overwrites a file.
/// </summary>
internal sealed class CityInitCommand(HostConsole io) : Command<CityInitCommand.Settings>
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<DIR>")]
        [Description("The folder to create (it may exist, but must not hold city files yet).")]
        public string Directory { get; init; } = "";

        [CommandOption("--from <NAME>")]
        [Description("The built-in municipality to start from: yangpyeong (default) or hwaseong.")]
        [DefaultValue("yangpyeong")]
        public string From { get; init; } = "yangpyeong";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var (municipality, roster) = RotationOutput.Place(settings.From);
        var national = BuiltInRuleSets.NationalOutreach;
        var files = new (string Name, string Text)[]
        {
            (CityFolder.MunicipalityFile, MunicipalityJson.Serialize(municipality)),
            (CityFolder.PartnersFile, PartnerRosterJson.Serialize(roster)),
            (CityFolder.RulesFile, $$"""
                {
                  "$schema": "{{RiskRuleSetJson.Schema}}",
                  "id": "{{municipality.Code}}.outreach",
                  "version": "1",
                  "extends": "{{national}}",
                  "description": "{{municipality.Name.Korean}}: the national rules, unchanged so far; add overrideRules, disable or addRules here"
                }
                """),
            (CityFolder.HolidaysFile, HolidayDataJson.SerializeDays([])),
        };
        var existing = files.Where(f => File.Exists(Path.Combine(settings.Directory, f.Name))).Select(f => f.Name).ToList();
        if (existing.Count > 0)
        {
            throw new BadInputException($"{settings.Directory}: already holds {string.Join(", ", existing)}; city init never overwrites a file");
        }

        System.IO.Directory.CreateDirectory(settings.Directory);
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(settings.Directory, name), text.EndsWith('\n') ? text : text + "\n", Utf8);
            io.Error.WriteLine($"wrote {Path.Combine(settings.Directory, name)}");
        }

        io.Error.WriteLine($"next: edit the files, then `city validate {settings.Directory}` and run any command with --city {settings.Directory}");
        return Cli.Success;
    }
}
