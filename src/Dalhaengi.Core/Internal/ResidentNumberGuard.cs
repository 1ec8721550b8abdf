using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace Dalhaengi.Core.Internal;

/// <summary>The guard every entry point that takes text or an id applies, so that no RRN is ever stored.</summary>
internal static class ResidentNumberGuard
{
    /// <summary>
    /// Returns <paramref name="input"/> when it holds no resident registration number; throws otherwise without
    /// echoing the number (the exception message may be logged).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="input"/> holds an RRN-shaped string.</exception>
    [return: NotNullIfNotNull(nameof(input))]
    internal static string? ResidentNumber(
        this IGuardClause guardClause,
        string? input,
        [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        _ = guardClause;
        if (input is not null && Internal.ResidentNumber.IsIn(input))
        {
            throw new ArgumentException(Internal.ResidentNumber.Message, parameterName);
        }

        return input;
    }
}
