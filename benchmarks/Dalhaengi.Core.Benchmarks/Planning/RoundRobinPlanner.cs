using Dalhaengi.Core.Rotation;
using NodaTime;

namespace Dalhaengi.Core.Benchmarks.Planning;

/// <summary>
/// The naive floor: districts in code order, one after another, ignoring weights; a slot goes to the next district
/// in the cycle that is feasible (minimum gap, an open site, a team from the library's own team builder), so it
/// keeps the same hard constraints as the planner and CP-SAT.
/// </summary>
internal static class RoundRobinPlanner
{
    /// <summary>Plans the instance; returns sessions per district in code order.</summary>
    public static int[] Plan(PlanningProblem problem)
    {
        var n = problem.Districts.Length;
        var teams = new TeamBuilder(problem.Request.Roster, problem.Districts, problem.Request.Policy, []);
        var gap = problem.Request.Policy.MinGapDays;
        var last = new LocalDate?[n];
        var usedToday = new int[n];
        var sessions = new int[n];
        var cursor = 0;
        LocalDate? today = null;
        foreach (var (date, _) in problem.Slots)
        {
            if (date != today)
            {
                teams.StartDay();
                Array.Clear(usedToday);
                today = date;
            }

            for (var k = 0; k < n; k++)
            {
                var d = (cursor + k) % n;
                if ((last[d] is { } l && Period.DaysBetween(l, date) < gap) || usedToday[d] >= problem.OpenSites(d, date))
                {
                    continue;
                }

                if (teams.Build(d, date, out _) is { } team)
                {
                    teams.Commit(d, date, team);
                    sessions[d]++;
                    usedToday[d]++;
                    last[d] = date;
                    cursor = d + 1;
                    break;
                }
            }
        }

        return sessions;
    }
}
