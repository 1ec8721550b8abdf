using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;
using NodaTime;

namespace Dalhaengi.Core.Rotation;

/// <summary>A period of a season with no sessions, such as a summer break in a heat wave.</summary>
public sealed record SeasonBlackout
{
    /// <summary>Creates a blackout.</summary>
    /// <param name="dates">The days without sessions (both ends inclusive).</param>
    /// <param name="reason">Why, for example <c>여름 휴식 (summer break)</c>; named in the plan's skipped dates.</param>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is <see langword="null"/>.</exception>
    public SeasonBlackout(DateInterval dates, string reason)
    {
        Dates = Guard.Against.Null(dates);
        Reason = Guard.Against.ResidentNumber(Guard.Against.NullOrWhiteSpace(reason));
    }

    /// <summary>The days without sessions.</summary>
    public DateInterval Dates { get; }

    /// <summary>Why there are no sessions.</summary>
    public string Reason { get; }
}
