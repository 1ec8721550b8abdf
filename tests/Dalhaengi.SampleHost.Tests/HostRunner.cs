using Microsoft.Extensions.DependencyInjection;

namespace Dalhaengi.SampleHost.Tests;

/// <summary>Runs the sample host in-process with captured output, as a script would see it.</summary>
internal static class HostRunner
{
    public sealed record Result(int ExitCode, string Out, string Error)
    {
        public string[] Lines => Out.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
    }

    public static Result Run(params string[] args) => Run(null, args);

    public static Result Run(Action<IServiceCollection>? configure, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Cli.Run(args, stdout, stderr, configure);
        return new Result(code, stdout.ToString(), stderr.ToString());
    }
}
