using System.Globalization;
using Dalhaengi.Core.Access;
using Dalhaengi.SampleHost.Infrastructure;
using Dalhaengi.SampleHost.Storage;
using Spectre.Console.Cli;

namespace Dalhaengi.SampleHost.Commands;

/// <summary>
/// Runs the retention job once on the database: deletes and pseudonymizes what the registered retention policy says is
/// due, recording each in the access record. Hidden: a city runs it from its scheduler, not by hand.
/// </summary>
internal sealed class RetentionRunCommand(HostConsole io, RetentionJob job, RetentionPolicy policy) : AsyncCommand<DatabaseSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, DatabaseSettings settings, CancellationToken cancellationToken)
    {
        var result = await job.RunAsync(cancellationToken);

        // Opaque ids only: the job has already removed or cleared what identified the person.
        io.Out.WriteLine("action,household");
        foreach (var id in result.Deleted)
        {
            io.Out.WriteLine($"deleted,{id}");
        }

        foreach (var id in result.Pseudonymized)
        {
            io.Out.WriteLine($"pseudonymized,{id}");
        }

        io.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"retention {policy.Id}@{policy.Version} as of {result.AsOf:uuuu-MM-dd}: {result.Deleted.Count} deleted, {result.Pseudonymized.Count} pseudonymized (파기 {result.Deleted.Count}건, 가명처리 {result.Pseudonymized.Count}건)"));
        if (policy.IsSample)
        {
            io.Error.WriteLine("note: the periods are the built-in sample's placeholders, not legal retention periods (예시 기간이며 법정 보존기간이 아닙니다).");
        }

        return Cli.Success;
    }
}
