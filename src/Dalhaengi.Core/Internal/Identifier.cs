using System.Buffers;

namespace Dalhaengi.Core.Internal;

/// <summary>Shared validation for the string-backed typed identifiers.</summary>
internal static class Identifier
{
    internal const int MaxLength = 64;

    private static readonly SearchValues<char> Allowed =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-@");

    /// <summary>Returns <paramref name="value"/> when it is a valid identifier; throws otherwise.</summary>
    internal static string Validate(string value, string kind, string parameterName)
    {
        // Checked first so the message below never echoes a resident registration number.
        if (ResidentNumber.IsIn(value ?? string.Empty))
        {
            throw new ArgumentException($"A {kind} must not be a resident registration number (주민등록번호): use an opaque id.", parameterName);
        }

        if (value is null || !IsValid(value))
        {
            throw new ArgumentException(
                $"'{value}' is not a valid {kind}: use 1 to {MaxLength} ASCII letters, digits, '.', '-', '_' or '@'.",
                parameterName);
        }

        return value;
    }

    internal static bool IsValid(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= MaxLength && !value.AsSpan().ContainsAnyExcept(Allowed)
        && !ResidentNumber.IsIn(value);

    /// <summary>Quotes <paramref name="value"/> for an error message, unless it holds an RRN, which is never echoed.</summary>
    internal static string Quote(string? value) =>
        value is not null && ResidentNumber.IsIn(value) ? "(a resident registration number, not shown)" : $"'{value}'";
}
