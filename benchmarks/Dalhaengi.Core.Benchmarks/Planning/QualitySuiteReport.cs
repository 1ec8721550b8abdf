using System.Globalization;
using Google.OrTools.Sat;

namespace Dalhaengi.Core.Benchmarks.Planning;

/// <summary>
/// <c>--quality-suite [count] [seconds]</c>: the planner against CP-SAT's optimum under the same policy on the named
/// hard cases and <c>count</c> (default 100) seeded constrained instances, each solved with a per-instance time limit
/// (default 60 s, one worker). Prints one row per instance, then min / median / share optimal of fair coverage ÷
/// optimum, the cost of the one-session guarantee (optimum with it ÷ optimum without), and the longest gap per
/// district against its fair interval. Exits 1 when our plan breaks a modelled constraint or beats a proven bound.
/// </summary>
internal static class QualitySuiteReport
{
    public const int Count = 100;

    public const double TimeLimitSeconds = 60;

    public static int Run(TextWriter output, IEnumerable<QualityInstance> instances, double timeLimitSeconds)
    {
        var ic = CultureInfo.InvariantCulture;
        output.WriteLine("| Instance | Districts × slots | Ours | Optimum (same policy) | Status | Ours ÷ optimum | Constructive pass ÷ optimum | Guarantee cost | Longest gap ÷ fair interval |");
        output.WriteLine("|---|---|---:|---:|---|---:|---:|---:|---|");
        var rows = new List<PlanQualityRow>();
        var ok = true;
        foreach (var instance in instances)
        {
            var r = PlanQualityCheck.Run(instance, timeLimitSeconds);
            rows.Add(r);
            ok &= r.OurPlanFeasibleInModel && r.Ours <= r.BoundWithoutGuarantee + 1e-9 && (r.OursMissesGuarantee || r.Ours <= r.Bound + 1e-9);
            var cost = r.Guarantee && r.OptimumWithoutGuarantee > 0 ? string.Create(ic, $"{r.Optimum / r.OptimumWithoutGuarantee:F4}") : "—";
            output.WriteLine(string.Create(ic,
                $"| {r.Instance} | {r.Districts} × {r.Slots} | {r.Ours:F4} | {r.Optimum:F4} | {r.Status} | {r.Ratio:F4} | {(r.Optimum == 0 ? 1 : r.Constructive / r.Optimum):F4} | {cost} | {r.LongestGapRatio:F2} ({r.LongestGapNote}) |{(r.OursMissesGuarantee ? " ours leaves a district without a session" : string.Empty)}{(r.OurPlanFeasibleInModel ? string.Empty : " NOT FEASIBLE IN THE MODEL")}"));
            output.Flush();
        }

        Summarize(output, rows);
        return ok ? 0 : 1;
    }

    private static void Summarize(TextWriter output, List<PlanQualityRow> rows)
    {
        var ic = CultureInfo.InvariantCulture;
        var ratios = rows.Select(r => r.Ratio).Order().ToList();
        var proven = rows.Count(r => r.Status == CpSolverStatus.Optimal);
        var optimal = rows.Count(r => r.Ratio >= 1 - 1e-9);
        output.WriteLine();
        output.WriteLine(string.Create(ic, $"instances: {rows.Count} ({proven} solved to proven optimality; the others against CP-SAT's best within the limit)"));
        output.WriteLine(string.Create(ic, $"ours ÷ optimum: min {ratios[0]:F4}, median {Median(ratios):F4}, optimal on {optimal} ({100.0 * optimal / rows.Count:F0} %), below 0.98 on {ratios.Count(x => x < 0.98)}"));
        var constructive = rows.Select(r => r.Optimum == 0 ? 1 : r.Constructive / r.Optimum).Order().ToList();
        output.WriteLine(string.Create(ic, $"constructive pass alone ÷ optimum: min {constructive[0]:F4}, median {Median(constructive):F4}, optimal on {constructive.Count(x => x >= 1 - 1e-9)}, below 0.98 on {constructive.Count(x => x < 0.98)}"));
        output.WriteLine(string.Create(ic, $"ours ÷ proven bound: min {rows.Min(r => r.RatioToBound):F4}"));
        output.WriteLine(string.Create(ic, $"instances where our plan leaves a district without a session although the policy guarantees one (so it can beat the same-policy optimum): {rows.Count(r => r.OursMissesGuarantee)}"));
        var guaranteed = rows.Where(r => r.Guarantee && r.OptimumWithoutGuarantee > 0).Select(r => r.Optimum / r.OptimumWithoutGuarantee).Order().ToList();
        if (guaranteed.Count > 0)
        {
            output.WriteLine(string.Create(ic, $"one-session guarantee: {guaranteed.Count} instances; optimum with it ÷ without: min {guaranteed[0]:F4}, median {Median(guaranteed):F4}"));
        }

        var gaps = rows.Select(r => r.LongestGapRatio).Where(g => g > 0).Order().ToList();
        if (gaps.Count > 0)
        {
            output.WriteLine(string.Create(ic, $"longest gap ÷ fair interval (worst district per instance): median {Median(gaps):F2}, max {gaps[^1]:F2}"));
        }

        output.WriteLine(string.Create(ic, $"planner time: median {Median([.. rows.Select(r => r.PlannerTime.TotalMilliseconds).Order()]):F2} ms; CP-SAT: median {Median([.. rows.Select(r => r.SolverTime.TotalMilliseconds).Order()]):F0} ms"));
    }

    /// <summary>Prints one instance of the suite: per district our sessions, share, quota and the optimum's sessions, then the plan's warnings.</summary>
    public static int Explain(TextWriter output, string name)
    {
        var seed = name.StartsWith("gen-", StringComparison.Ordinal) ? int.Parse(name[4..], CultureInfo.InvariantCulture) : -1;
        var instance = seed >= 0 ? ConstrainedInstances.Generated(1, seed).Single() : ConstrainedInstances.Named.Single(i => i.Name == name);
        var plan = new Rotation.RotationPlanner().Plan(instance.Request);
        var problem = new PlanningProblem(instance.Request, plan.Quality);
        var optimum = CpSatRotationModel.Solve(problem, TimeLimitSeconds, guaranteeOne: true);
        var ic = CultureInfo.InvariantCulture;
        output.WriteLine($"{instance.Name}: {instance.Description}");
        output.WriteLine("| District | Ours | Share | Quota | Optimum | Longest gap (d) | Fair interval (d) |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        for (var d = 0; d < problem.Districts.Length; d++)
        {
            var q = plan.Quality.Districts[d];
            output.WriteLine(string.Create(ic, $"| {q.District} | {q.Sessions} | {q.Target} | {q.Quota:F2} | {optimum.Sessions[d]} | {q.LongestGapDays} | {q.FairIntervalDays:F1} |"));
        }

        foreach (var w in plan.Warnings)
        {
            output.WriteLine($"{w.Code}: {w.Message}");
        }

        foreach (var s in plan.Skipped.Where(k => k.Reason == Rotation.SkipReason.NoFeasibleSession))
        {
            output.WriteLine(string.Create(ic, $"skipped {s.Date:uuuu'-'MM'-'dd}.{s.Slot}: {s.Description}"));
        }

        return 0;
    }

    private static double Median(List<double> sorted) => sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
