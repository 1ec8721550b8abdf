using System.Diagnostics;
using System.Globalization;
using Dalhaengi.Core.Benchmarks.Screening;

namespace Dalhaengi.Core.Benchmarks;

/// <summary>
/// The CI smoke: screens a small synthetic population with all five contenders and checks every tier agrees, then
/// checks the planner against CP-SAT and round-robin on tiny instances. Times are printed for orientation only;
/// nothing here asserts a time.
/// </summary>
internal static class Smoke
{
    public const int Households = 2_000;

    public static int Run(TextWriter output)
    {
        var ic = CultureInfo.InvariantCulture;
        try
        {
            var clock = Stopwatch.StartNew();
            var population = ScreeningPopulation.Create(Households);
            var contenders = TierEquivalence.All(population);
            var counts = TierEquivalence.Verify(population, contenders);
            output.WriteLine(string.Create(ic, $"screening: {population.Count} households, {population.RuleSet.Rules.Count} rules + {population.RuleSet.RedFlags.Count} red flags, {contenders.Count} contenders agree on every tier"));
            output.WriteLine("  tiers: " + string.Join(", ", population.RuleSet.Tiers.Select((t, i) => string.Create(ic, $"{t.Id} {counts[i]}"))));
            foreach (var c in contenders)
            {
                var watch = Stopwatch.StartNew();
                c.Screen();
                output.WriteLine(string.Create(ic, $"  {c.Name,-26} {watch.Elapsed.TotalMicroseconds * 1000 / population.Count,12:N0} ns/household (one warm pass, orientation only)"));
            }

            output.WriteLine(string.Create(ic, $"screening smoke took {clock.Elapsed.TotalSeconds:N1} s"));
            return 0;
        }
        catch (InvalidOperationException e)
        {
            output.WriteLine("SMOKE FAILED: " + e.Message);
            return 1;
        }
    }
}
