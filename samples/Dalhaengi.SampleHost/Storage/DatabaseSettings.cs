using System.ComponentModel;
using Spectre.Console.Cli;

namespace Dalhaengi.SampleHost.Storage;

/// <summary>The settings every command that reads or writes the host database shares: <c>--db PATH</c>.</summary>
internal class DatabaseSettings : Infrastructure.CitySettings
{
    [CommandOption("--db <PATH>")]
    [Description("The SQLite database file (default ./dalhaengi-data/dalhaengi.db). Created and seeded with the sample season on first use.")]
    public string? Database { get; init; }
}
