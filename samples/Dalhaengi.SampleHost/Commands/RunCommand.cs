using Dalhaengi.Core.Geography;
using Dalhaengi.SampleHost.Infrastructure;
using Spectre.Console.Cli;

namespace Dalhaengi.SampleHost.Commands;

/// <summary>The main job: the whole program on the embedded default data.</summary>
internal sealed class RunCommand(HostConsole io, Municipality municipality) : Command<RunCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        io.Out.WriteLine($"{municipality.Name}: {municipality.Districts.Count} districts, {municipality.Sites.Count} sites");
        foreach (var d in municipality.Districts)
        {
            io.Out.WriteLine($"  {d.Name.Korean}\t{municipality.SitesIn(d.Code).Count} sites");
        }

        return Cli.Success;
    }
}
