using System.Text.RegularExpressions;
using Dalhaengi.Core.Households;

namespace Dalhaengi.SampleHost.Infrastructure;

/// <summary>Turns command-line mistakes into messages that name the option.</summary>
internal static partial class CommandLineErrors
{
    /// <summary>
    /// Names the option whose value holds a resident registration number, or <see langword="null"/> when none does.
    /// Checked before any command runs, so no RRN typed on the command line is parsed, stored or printed back.
    /// </summary>
    public static string? FindResidentNumber(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (ResidentRegistrationNumber.IsIn(args[i]))
            {
                return OptionOf(args, i) ?? "a command-line argument";
            }
        }

        return null;
    }

    /// <summary>
    /// Rewrites Spectre's <c>Failed to convert 'abc' to Nullable`1.</c> as <c>--residents: 'abc' is not a whole number</c>.
    /// </summary>
    public static string Describe(string message, IReadOnlyList<string> args)
    {
        var match = ConversionFailure().Match(message);
        if (!match.Success)
        {
            return message;
        }

        var value = match.Groups["value"].Value;
        var index = Enumerable.Range(0, args.Count).FirstOrDefault(i => args[i] == value || args[i].EndsWith("=" + value, StringComparison.Ordinal), -1);
        var option = index < 0 ? null : OptionOf(args, index);
        return $"{option ?? "an option"}: '{value}' is not a valid value (expected a whole number, or the option's documented form)";
    }

    private static string? OptionOf(IReadOnlyList<string> args, int index)
    {
        var arg = args[index];
        if (arg.StartsWith('-'))
        {
            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            return eq > 0 ? arg[..eq] : arg;
        }

        return index > 0 && args[index - 1].StartsWith('-') ? args[index - 1] : null;
    }

    [GeneratedRegex(@"Failed to convert '(?<value>.*)' to ", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ConversionFailure();
}
