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
        var optimum = CpSatRotationModel.Solve(problem, timeLimitSeconds, workers);
        return new PlanQualityRow(
            instance.Name, problem.Districts.Length, problem.Slots.Count,
            problem.FairCoverage(ours), optimum.FairCoverage, optimum.Bound, optimum.Status,
            problem.FairCoverage(RoundRobinPlanner.Plan(problem)),
            check.Status is CpSolverStatus.Optimal or CpSolverStatus.Feasible,
            plannerTime, optimum.WallTime);
    }
}
