namespace Dalhaengi.SampleHost.Infrastructure;

/// <summary>
/// Finds <c>--city DIR</c> (or <c>--city=DIR</c>) on the command line before Spectre parses it: the city decides what
/// <c>AddDalhaengi</c> registers, and the container is composed before the command's settings exist.
/// </summary>
internal static class CityArgument
{
    public const string Option = "--city";

    /// <summary>The folder given, or <see langword="null"/>; throws a usage error for <c>--city</c> without a value.</summary>
    public static string? Find(IReadOnlyList<string> args)
    {
        string? found = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == Option)
            {
                found = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[i + 1] : "";
            }
            else if (args[i].StartsWith(Option + "=", StringComparison.Ordinal))
            {
                found = args[i][(Option.Length + 1)..];
            }
        }

        return found;
    }
}
