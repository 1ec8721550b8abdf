using System.Diagnostics;
using System.Globalization;
using Dalhaengi.Core.Benchmarks.Planning;
using Dalhaengi.Core.Benchmarks.Screening;

namespace Dalhaengi.Core.Benchmarks;

/// <summary>
/// The CI smoke: screens a small synthetic population and the dense workload with all six contenders and checks every score and tier
/// agrees, then compares the planner with CP-SAT and round-robin on two tiny instances and two of the constrained suite and checks our plan is
/// feasible in the CP-SAT model and never beats the proven optimum. Times are printed for orientation only;
/// nothing here asserts a time or a quality ratio.
/// </summary>
internal static class Smoke
{
    public const int Households = 2_000;

    private static readonly CultureInfo Ic = CultureInfo.InvariantCulture;

    public static int Run(TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        var code = Verify(output, Households);
        foreach (var instance in new[] { QualityInstances.Tiny, QualityInstances.TightRequiredOnly, ConstrainedInstances.CappedTwoRoles, ConstrainedInstances.Generated(1).Single() })
        {
            var r = PlanQualityCheck.Run(instance, timeLimitSeconds: 30);
            var consistent = r.OurPlanFeasibleInModel && r.Ours <= r.BoundWithoutGuarantee + 1e-9 && (r.OursMissesGuarantee || r.Ours <= r.Bound + 1e-9);
            output.WriteLine(string.Create(Ic, $"planning {r.Instance}: ours {r.Ours:F4}, CP-SAT {r.Optimum:F4} ({r.Status}), ratio {r.Ratio:F4}, round-robin {r.RoundRobin:F4}, our plan feasible in the model: {(r.OurPlanFeasibleInModel ? "yes" : "NO")}"));
            if (!consistent)
            {
                output.WriteLine("SMOKE FAILED: the planner's plan breaks a modelled constraint or beats the proven optimum; the model and the planner disagree.");
                code = 1;
            }
        }

        output.WriteLine(string.Create(Ic, $"smoke {(code == 0 ? "passed" : "FAILED")} in {clock.Elapsed.TotalSeconds:N1} s"));
        return code;
    }

    /// <summary>Screens <paramref name="households"/> synthetic households, then as many of the dense workload, with all five contenders; 1 when any result differs.</summary>
    public static int Verify(TextWriter output, int households) =>
        Math.Max(Verify(output, "sparse (synthetic county)", ScreeningPopulation.Create(households)),
                 Math.Max(Verify(output, "dense (45 indicators on every household)", ScreeningPopulation.CreateDense(households)),
                          Verify(output, "dense, one extract day per indicator", ScreeningPopulation.CreateDense(households, extractDays: true))));

    private static int Verify(TextWriter output, string workload, ScreeningPopulation population)
    {
        var clock = Stopwatch.StartNew();
        var contenders = TierEquivalence.All(population);
        try
        {
            var counts = TierEquivalence.Verify(population, contenders);
            output.WriteLine(string.Create(Ic, $"screening, {workload}: {population.Count:N0} households, {population.RuleSet.Rules.Count} rules + {population.RuleSet.RedFlags.Count} red flags; all {contenders.Count} contenders give every household the same score and tier ({clock.Elapsed.TotalSeconds:N1} s)"));
            output.WriteLine("  tiers: " + string.Join(", ", population.RuleSet.Tiers.Select((t, i) => string.Create(Ic, $"{t.Id} {counts[i]:N0}"))));
            return 0;
        }
        catch (InvalidOperationException e)
        {
            output.WriteLine("SMOKE FAILED: " + e.Message);
            return 1;
        }
    }
}
