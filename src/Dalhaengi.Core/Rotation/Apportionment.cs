namespace Dalhaengi.Core.Rotation;

/// <summary>
/// Largest-remainder (Hamilton) apportionment of a season's sessions to districts, in exact integer arithmetic.
/// </summary>
/// <remarks>
/// Chosen because it is the standard method that always respects quota: every district gets the floor or the
/// ceiling of its exact share <c>S·w/W</c>, which is the promise a county can check and explain ("your share is
/// 2.9, so you get 2 or 3"). Its known paradoxes (a district can lose a session when the total grows) only bite when
/// the total changes, which happens only at a re-plan, and the re-plan recomputes every share over the whole season.
/// Divisor methods such as Sainte-Laguë are house-monotone but can break quota; the planner still uses Sainte-Laguë
/// priorities to hand out sessions beyond the shares (see <see cref="DistrictPick.AboveShare"/>).
/// </remarks>
internal static class Apportionment
{
    /// <summary>Apportions <paramref name="seats"/> by weight; ties in remainder go to the larger weight, then the lower index.</summary>
    internal static int[] LargestRemainder(int seats, IReadOnlyList<long> weights, bool guaranteeOne)
    {
        var n = weights.Count;
        var result = new int[n];
        if (n == 0 || seats <= 0)
        {
            return result;
        }

        var total = 0L;
        foreach (var w in weights)
        {
            total += w;
        }

        if (total == 0)
        {
            // No information: share equally.
            return LargestRemainder(seats, [.. Enumerable.Repeat(1L, n)], guaranteeOne);
        }

        var remainders = new long[n];
        var given = 0;
        for (var i = 0; i < n; i++)
        {
            var product = checked(seats * weights[i]);
            result[i] = (int)(product / total);
            remainders[i] = product % total;
            given += result[i];
        }

        var order = Enumerable.Range(0, n)
            .OrderByDescending(i => remainders[i]).ThenByDescending(i => weights[i]).ThenBy(i => i)
            .ToArray();
        for (var k = 0; given < seats; k++, given++)
        {
            result[order[k % n]]++;
        }

        if (guaranteeOne && seats >= n)
        {
            GiveEveryDistrictOne(seats, weights, total, result);
        }

        return result;
    }

    // Each district at zero takes one session from the district furthest above its quota that has more than one,
    // which keeps the total and moves the least fairness. Donors wait in a priority queue by surplus (ties: lower
    // index), so the cost is n log n, not n² (a province of 5,000 districts).
    private static void GiveEveryDistrictOne(int seats, IReadOnlyList<long> weights, long total, int[] result)
    {
        var donors = new PriorityQueue<int, (long Surplus, int Index)>(Comparer<(long Surplus, int Index)>.Create((a, b) => a.Surplus != b.Surplus ? b.Surplus.CompareTo(a.Surplus) : a.Index.CompareTo(b.Index)));
        for (var j = 0; j < result.Length; j++)
        {
            if (result[j] > 1)
            {
                donors.Enqueue(j, (Surplus(j), j));
            }
        }

        for (var i = 0; i < result.Length; i++)
        {
            if (result[i] > 0)
            {
                continue;
            }

            if (!donors.TryDequeue(out var donor, out _))
            {
                return;
            }

            result[donor]--;
            result[i]++;
            if (result[donor] > 1)
            {
                donors.Enqueue(donor, (Surplus(donor), donor));
            }
        }

        long Surplus(int j) => checked((result[j] * total) - (seats * weights[j]));
    }
}
