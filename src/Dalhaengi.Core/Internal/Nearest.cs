namespace Dalhaengi.Core.Internal;

/// <summary>
/// Finds the known name closest to a misspelt one, for "did you mean" hints: a person who typed
/// <c>phq9.total</c> or <c>servics</c> should be shown the name they meant, not a list of everything.
/// </summary>
internal static class Nearest
{
    /// <summary>The candidate with the smallest edit distance, when it is close enough to be a plausible typo.</summary>
    public static string? To(string value, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(candidates);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var c in candidates)
        {
            // A candidate that ends with the value (phq9.total in screening.phq9.total) is the likeliest meaning.
            var d = c.EndsWith("." + value, StringComparison.OrdinalIgnoreCase) ? 1 : Distance(value, c);
            if (d < bestDistance)
            {
                (best, bestDistance) = (c, d);
            }
        }

        return best is not null && bestDistance <= Math.Max(2, value.Length / 3) ? best : null;
    }

    /// <summary>A hint naming the nearest candidate, or <paramref name="otherwise"/> when none is near.</summary>
    public static string Hint(string value, IEnumerable<string> candidates, string otherwise) =>
        To(value, candidates) is { } near ? $"did you mean '{near}'?" : otherwise;

    private static int Distance(string a, string b)
    {
        // Levenshtein distance, case-insensitive, two rows.
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
