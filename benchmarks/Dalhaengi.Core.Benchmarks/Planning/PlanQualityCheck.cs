using System.Diagnostics;
using Dalhaengi.Core.Rotation;
using Google.OrTools.Sat;

namespace Dalhaengi.Core.Benchmarks.Planning;

/// <summary>One instance compared: our planner, CP-SAT's optimum (or best bound), and round-robin.</summary>
internal sealed record PlanQualityRow(
    string Instance,
    int Districts,
    int Slots,
    double Ours,
    double Optimum,
    double Bound,
    CpSolverStatus Status,
    double RoundRobin,
    bool OurPlanFeasibleInModel,
    TimeSpan PlannerTime,
    TimeSpan SolverTime)
{
    /// <summary>The optimum without the one-session guarantee, when the policy has it; otherwise <see cref="Optimum"/>.</summary>
    public double OptimumWithoutGuarantee { get; init; } = Optimum;

    /// <summary>The proven bound without the guarantee: our plan may beat the same-policy optimum only by leaving a district out.</summary>
    public double BoundWithoutGuarantee { get; init; } = Bound;

    /// <summary>Fair coverage of the constructive pass alone, before the improvement phase.</summary>
    public double Constructive { get; init; }

    /// <summary>Whether our plan leaves a district without any session although the policy guarantees one.</summary>
    public bool OursMissesGuarantee { get; init; }

    /// <summary>Whether the instance's policy guarantees one session per district (and it applies).</summary>
    public bool Guarantee { get; init; }

    /// <summary>The largest ratio over districts of the plan's longest gap to the district's fair interval (days), or 0.</summary>
    public double LongestGapRatio { get; init; }

    /// <summary>The district with that ratio, its longest gap and fair interval in days.</summary>
    public string LongestGapNote { get; init; } = string.Empty;

    public double Ratio => Optimum == 0 ? 1 : Ours / Optimum;

    /// <summary>Ours ÷ the proven upper bound: a guaranteed lower limit of our plan's quality, even when CP-SAT stopped at its time limit.</summary>
    public double RatioToBound => Bound == 0 ? 1 : Ours / Bound;
}

/// <summary>Runs the comparison on one instance.</summary>
internal static class PlanQualityCheck
{
    public static PlanQualityRow Run(QualityInstance instance, double timeLimitSeconds, int workers = 1)
    {
        var planner = new RotationPlanner();
        var plan = planner.Plan(instance.Request);
        var watch = Stopwatch.StartNew();
        const int Repeats = 5;
        for (var i = 0; i < Repeats; i++)
        {
            plan = planner.Plan(instance.Request);
        }

        var plannerTime = watch.Elapsed / Repeats;
        var problem = new PlanningProblem(instance.Request, plan.Quality);
        var ours = problem.SessionsOf(plan);
        var slotIndex = problem.Slots.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i);
        var districtIndex = problem.Districts.Select((d, i) => (d.Code, i)).ToDictionary(p => p.Code, p => p.i);
        var assignment = Enumerable.Repeat(-1, problem.Slots.Count).ToArray();
        foreach (var s in plan.Sessions)
        {
            assignment[slotIndex[(s.Date, s.Slot)]] = districtIndex[s.District];
        }

        var check = CpSatRotationModel.Solve(problem, timeLimitSeconds, workers, assignment);

        // The optimum under the planner's own policy: with the one-session guarantee when the policy has it.
        var guarantee = instance.Request.Policy.GuaranteeOneSessionPerDistrict && problem.Seats >= problem.Districts.Length;
        var optimum = CpSatRotationModel.Solve(problem, timeLimitSeconds, workers, guaranteeOne: guarantee);
        if (guarantee && optimum.Status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            // Some district cannot get a session at all: the guarantee cannot hold, so the policy adds no constraint.
            optimum = CpSatRotationModel.Solve(problem, timeLimitSeconds, workers);
            guarantee = false;
        }

        var free = guarantee ? CpSatRotationModel.Solve(problem, timeLimitSeconds, workers) : optimum;
        var gaps = plan.Quality.Districts.Where(d => d.LongestGapDays is not null && d.FairIntervalDays is > 0)
            .Select(d => (d.District, Ratio: d.LongestGapDays!.Value / d.FairIntervalDays!.Value, d.LongestGapDays, d.FairIntervalDays))
            .OrderByDescending(g => g.Ratio).ToList();
        var worst = gaps.Count == 0 ? default : gaps[0];
        return new PlanQualityRow(
            instance.Name, problem.Districts.Length, problem.Slots.Count,
            problem.FairCoverage(ours), optimum.FairCoverage, optimum.Bound, optimum.Status,
            problem.FairCoverage(RoundRobinPlanner.Plan(problem)),
            check.Status is CpSolverStatus.Optimal or CpSolverStatus.Feasible,
            plannerTime, optimum.WallTime)
        {
            OptimumWithoutGuarantee = free.FairCoverage,
            Constructive = problem.FairCoverage(problem.SessionsOf(new PlannerEngine(instance.Request).Run(instance.Request.Season.Dates.Start, []))),
            BoundWithoutGuarantee = free.Bound,
            OursMissesGuarantee = guarantee && ours.Any(n => n == 0),
            Guarantee = guarantee,
            LongestGapRatio = gaps.Count == 0 ? 0 : worst.Ratio,
            LongestGapNote = gaps.Count == 0 ? string.Empty : FormattableString.Invariant($"{worst.District}: {worst.LongestGapDays} d vs {worst.FairIntervalDays:0.0} d"),
        };
    }
}
