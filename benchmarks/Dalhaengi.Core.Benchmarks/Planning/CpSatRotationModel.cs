using Google.OrTools.Sat;

namespace Dalhaengi.Core.Benchmarks.Planning;

/// <summary>The outcome of a CP-SAT solve: status, fair coverage of the best plan found, the proven bound, and wall time (building the model included).</summary>
internal sealed record CpSatResult(CpSolverStatus Status, double FairCoverage, double Bound, TimeSpan WallTime, int[] Sessions);

/// <summary>
/// The rotation as a CP-SAT model with the planner's hard constraints and its documented objective, fair coverage.
/// </summary>
/// <remarks>
/// <para>Variables: <c>x[d,t]</c> district <c>d</c> is visited in slot <c>t</c> (only where it has an open site that
/// day); <c>a[p,d,t]</c> partner <c>p</c> is on that team.</para>
/// <para>Hard constraints, as the planner applies them: at most one district per slot; within any
/// <c>MinGapDays</c> window a district has at most one session (with a gap of 0, no more sessions a day than open
/// sites); markets only on fair days; always-present partners serving the district attend every session and block
/// it when unavailable; the district's township office attends (when required and one exists); every required
/// category is covered by a team member; a partner attends only on its weekdays outside blackouts, and per unit
/// (the partner, or partner × district for an office standing for every district) at most <c>Teams</c> sessions a
/// day, its season cap and its monthly cap.</para>
/// <para>Objective: maximise <c>Σ_d min(n_d·W, S·w_d)</c>, that is fair coverage <c>Σ min(n_d, q_d) ÷ S</c> scaled
/// to integers (<c>W = Σ w</c>), written as a concave sum of unit steps. Simplifications, both in CP-SAT's favour: optional partners never attend (in the planner they may
/// use up a capped partner's sessions, though only at an even pace), and the site-rest rule is not modelled (the
/// planner relaxes it anyway when nothing else is open). Soft preferences of the planner (even spacing, high-risk
/// districts first, least recently visited site) are not in the objective.</para>
/// </remarks>
internal static partial class CpSatRotationModel
{
    /// <summary>Solves the instance; with <paramref name="fixedDistricts"/> (district per slot, -1 for none) only checks that assignment is feasible.</summary>
    /// <remarks>
    /// With <paramref name="guaranteeOne"/> and a policy that guarantees one session per district (and at least as
    /// many sessions as districts), every district that has an open slot gets at least one session: the optimum under
    /// the same policy as the planner's. When that is infeasible the result says so through its status.
    /// </remarks>
    public static CpSatResult Solve(PlanningProblem problem, double timeLimitSeconds, int workers = 1, int[]? fixedDistricts = null, bool guaranteeOne = false)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var model = new CpModel();
        var n = problem.Districts.Length;
        var slots = problem.Slots;
        var policy = problem.Request.Policy;
        var x = new BoolVar?[n, slots.Count];
        for (var d = 0; d < n; d++)
        {
            for (var t = 0; t < slots.Count; t++)
            {
                if (problem.OpenSites(d, slots[t].Date) > 0)
                {
                    x[d, t] = model.NewBoolVar($"x{d}_{t}");
                }
            }
        }

        for (var t = 0; t < slots.Count; t++)
        {
            model.AddAtMostOne(Column(x, t, n));
        }

        AddGaps(model, problem, x);
        AddTeams(model, problem, x);

        // Σ min(n_d·W, S·w_d) as a concave sum: y[d,k] = "district d has at least k sessions", worth W for every
        // whole session of its quota and the remainder for the last, fractional one. Its linear relaxation is the
        // exact apportionment bound, so CP-SAT proves optimality quickly when the calendar is the only constraint.
        var total = problem.Weights.Sum();
        var terms = new List<LinearExpr>();
        for (var d = 0; d < n; d++)
        {
            var whole = problem.Seats * problem.Weights[d] / total;
            var remainder = (problem.Seats * problem.Weights[d]) - (whole * total);
            var steps = new List<BoolVar>();
            for (var k = 0; k < whole + (remainder > 0 ? 1 : 0); k++)
            {
                var y = model.NewBoolVar($"y{d}_{k}");
                if (steps.Count > 0)
                {
                    model.AddImplication(y, steps[^1]);
                }

                steps.Add(y);
                terms.Add(y * (k < whole ? total : remainder));
            }

            model.Add(LinearExpr.Sum(steps) <= LinearExpr.Sum(Row(x, d, slots.Count)));
        }

        if (guaranteeOne && policy.GuaranteeOneSessionPerDistrict && problem.Seats >= n)
        {
            for (var d = 0; d < n; d++)
            {
                var row = Row(x, d, slots.Count).ToList();
                if (row.Count > 0)
                {
                    model.Add(LinearExpr.Sum(row) >= 1);
                }
            }
        }

        model.Maximize(LinearExpr.Sum(terms));
        if (fixedDistricts is not null)
        {
            for (var t = 0; t < slots.Count; t++)
            {
                for (var d = 0; d < n; d++)
                {
                    if (x[d, t] is { } v)
                    {
                        model.Add(v == (fixedDistricts[t] == d ? 1 : 0));
                    }
                    else if (fixedDistricts[t] == d)
                    {
                        return new CpSatResult(CpSolverStatus.Infeasible, 0, 0, TimeSpan.Zero, []);
                    }
                }
            }
        }

        var solver = new CpSolver { StringParameters = FormattableString.Invariant($"num_workers:{workers}, linearization_level:2, max_time_in_seconds:{timeLimitSeconds}") };
        var status = solver.Solve(model);
        var sessions = new int[n];
        if (status is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
        {
            for (var d = 0; d < n; d++)
            {
                sessions[d] = Row(x, d, slots.Count).Count(v => solver.BooleanValue(v));
            }
        }

        var scale = (double)problem.Seats * total;
        return new CpSatResult(status, problem.FairCoverage(sessions), solver.BestObjectiveBound / scale, watch.Elapsed, sessions);
    }

    private static void AddGaps(CpModel model, PlanningProblem problem, BoolVar?[,] x)
    {
        var gap = problem.Request.Policy.MinGapDays;
        var slots = problem.Slots;
        for (var d = 0; d < problem.Districts.Length; d++)
        {
            for (var t = 0; t < slots.Count; t++)
            {
                if (gap > 0)
                {
                    // Every pair closer than the gap lies in the window opening at the earlier one.
                    var window = new List<ILiteral>();
                    for (var u = t; u < slots.Count && NodaTime.Period.DaysBetween(slots[t].Date, slots[u].Date) < gap; u++)
                    {
                        if (x[d, u] is { } v)
                        {
                            window.Add(v);
                        }
                    }

                    model.AddAtMostOne(window);
                }
                else if (t == 0 || slots[t - 1].Date != slots[t].Date)
                {
                    var day = Enumerable.Range(t, slots.Count - t).TakeWhile(u => slots[u].Date == slots[t].Date).Select(u => x[d, u]).OfType<BoolVar>().ToList();
                    model.Add(LinearExpr.Sum(day) <= problem.OpenSites(d, slots[t].Date));
                }
            }
        }
    }

    private static IEnumerable<BoolVar> Column(BoolVar?[,] x, int t, int n) => Enumerable.Range(0, n).Select(d => x[d, t]).OfType<BoolVar>();

    private static IEnumerable<BoolVar> Row(BoolVar?[,] x, int d, int count) => Enumerable.Range(0, count).Select(t => x[d, t]).OfType<BoolVar>();
}
