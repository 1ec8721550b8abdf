using Ardalis.GuardClauses;
using Dalhaengi.Core.Geography;
using NodaTime;

namespace Dalhaengi.Core.Households;

/// <summary>
/// Generates a deterministic synthetic population for trying and benchmarking the screening: households spread
/// over a municipality's districts in proportion to their population, with members, housing, programmes and crisis
/// signals drawn with documented, illustrative prevalences (<c>docs/synthetic-population.md</c>).
/// </summary>
/// <remarks>
/// The same seed, count, date and municipality always give the same households, on every platform. Each household
/// is drawn from its own random stream, so the sequence is produced lazily and scales to millions of households.
/// The data is invented: it contains no real person and its rates are assumptions, not official statistics.
/// </remarks>
public static class SyntheticPopulation
{
    /// <summary>The default number of households, about the number in Yangpyeong County.</summary>
    public const int DefaultHouseholds = 60_000;

    /// <summary>Generates households lazily.</summary>
    /// <param name="asOf">The date the population describes; signals are observed in the year up to it.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="households">How many households, 1 to 10,000,000.</param>
    /// <param name="municipality">Where they live; <see cref="BuiltInMunicipalities.Yangpyeong"/> when <see langword="null"/>.</param>
    /// <returns>The households, district by district, with ids <c>hh-0000001</c> onwards.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="households"/> is out of range.</exception>
    public static IEnumerable<Household> Generate(LocalDate asOf, int seed = 42, int households = DefaultHouseholds, Municipality? municipality = null)
    {
        Guard.Against.OutOfRange(households, nameof(households), 1, 10_000_000);
        municipality ??= BuiltInMunicipalities.Yangpyeong;
        return GenerateCore(asOf, seed, households, municipality);
    }

    /// <summary>Splits <paramref name="total"/> households over districts in proportion to population (largest remainder).</summary>
    internal static int[] Allocate(IReadOnlyList<District> districts, int total)
    {
        var weights = districts.Select(d => (double)(d.Population ?? d.Households ?? 1)).ToArray();
        var sum = weights.Sum();
        var counts = weights.Select(w => (int)Math.Floor(total * w / sum)).ToArray();
        var order = Enumerable.Range(0, weights.Length)
            .OrderByDescending(i => (total * weights[i] / sum) - counts[i])
            .ThenBy(i => i)
            .ToArray();
        for (var k = 0; counts.Sum() < total; k++)
        {
            counts[order[k % order.Length]]++;
        }

        return counts;
    }

    private static IEnumerable<Household> GenerateCore(LocalDate asOf, int seed, int total, Municipality municipality)
    {
        var counts = Allocate(municipality.Districts, total);
        var number = 0;
        for (var d = 0; d < counts.Length; d++)
        {
            var district = municipality.Districts[d];
            var sites = municipality.SitesIn(district.Code);
            for (var k = 0; k < counts[d]; k++)
            {
                number++;
                var rng = SeededRandom.For(seed, number);
                yield return SyntheticHousehold.Draw(ref rng, number, district.Code, sites, asOf);
            }
        }
    }
}
