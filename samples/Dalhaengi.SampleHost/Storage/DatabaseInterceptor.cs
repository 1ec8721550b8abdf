using Spectre.Console.Cli;

namespace Dalhaengi.SampleHost.Storage;

/// <summary>Hands the parsed <c>--db</c> option to <see cref="DatabaseOption"/> before the command runs.</summary>
internal sealed class DatabaseInterceptor(DatabaseOption option) : ICommandInterceptor
{
    public void Intercept(CommandContext context, CommandSettings settings)
    {
        if (settings is DatabaseSettings { Database: { } path })
        {
            option.Path = path;
        }
    }

    public void InterceptResult(CommandContext context, CommandSettings settings, ref int result)
    {
    }
}
