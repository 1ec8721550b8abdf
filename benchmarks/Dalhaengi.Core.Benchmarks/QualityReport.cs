using System.Globalization;
using Dalhaengi.Core.Benchmarks.Planning;

namespace Dalhaengi.Core.Benchmarks;

/// <summary>
/// <c>--quality</c>: the planner against CP-SAT's optimum and round-robin on every quality instance, as a Markdown
/// table (objective: fair coverage, see <see cref="CpSatRotationModel"/>).
/// </summary>
internal static class QualityReport
{
    public const double TimeLimitSeconds = 120;

    public static int Run(TextWriter output, IReadOnlyList<QualityInstance>? instances = null, double timeLimitSeconds = TimeLimitSeconds)
    {
        output.WriteLine("| Instance | Districts × slots | Ours | CP-SAT best | CP-SAT bound | Status | Ours ÷ optimum | Round-robin | Our plan feasible in the model | Planner | CP-SAT | Time ratio |");
        output.WriteLine("|---|---|---:|---:|---:|---|---:|---:|---|---:|---:|---:|");
        var ok = true;
        foreach (var instance in instances ?? QualityInstances.All)
        {
            var r = PlanQualityCheck.Run(instance, timeLimitSeconds);
            ok &= r.OurPlanFeasibleInModel && r.Ours <= r.BoundWithoutGuarantee + 1e-9 && (r.OursMissesGuarantee || r.Ours <= r.Bound + 1e-9);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Instance} | {r.Districts} × {r.Slots} | {r.Ours:F4} | {r.Optimum:F4} | {r.Bound:F4} | {r.Status} | {r.Ratio:F4} | {r.RoundRobin:F4} | {(r.OurPlanFeasibleInModel ? "yes" : "NO")} | {r.PlannerTime.TotalMilliseconds:N2} ms | {r.SolverTime.TotalMilliseconds:N0} ms | {r.SolverTime / r.PlannerTime:N0}× |"));
        }

        return ok ? 0 : 1;
    }
}
