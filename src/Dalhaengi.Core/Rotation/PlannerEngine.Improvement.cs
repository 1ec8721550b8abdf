using NodaTime;

namespace Dalhaengi.Core.Rotation;

internal sealed partial class PlannerEngine
{
    // Above this many districts × slots the improvement phase is skipped: each trial re-plans the whole season, and a
    // province-sized plan must stay linear (docs/rotation.md).
    private const int ImprovementWorkLimit = 40_000;

    // Trials (whole re-plans) the improvement phase may spend.
    private const int ImprovementTrials = 150;

    /// <summary>
    /// Plans with the constructive greedy, then improves: while some district is below its quota, tries giving one of
    /// the slots where it could be served (an open site, partners whose weekdays and blackouts allow a team, its own
    /// gap kept) to it instead of a district that loses less fair coverage by it, re-plans the whole season with that
    /// choice fixed (the greedy repairs everything after it under the same hard constraints) and keeps the choice only
    /// when fair coverage rises and high-risk coverage does not fall. Large-neighbourhood search with the greedy as
    /// the repair; deterministic.
    /// </summary>
    internal static RotationPlan Plan(RotationRequest request, LocalDate from, IReadOnlyList<HeldSession> held)
    {
        var engine = new PlannerEngine(request);
        var best = engine.Run(from, held);
        if ((long)engine._districts.Length * Math.Max(1, engine._seats) > ImprovementWorkLimit || !Short(engine))
        {
            return best;
        }

        // A second start: among equally capped partners, the one covering fewer roles first (which spends capped
        // capacity better depends on the roster).
        var other = new PlannerEngine(request, spareMultiRole: true);
        var alternative = other.Run(from, held);
        if (Better(alternative, best))
        {
            (best, engine) = (alternative, other);
        }

        var preferred = new Dictionary<int, int>();
        var trials = 0;
        var improved = true;
        while (improved && trials < ImprovementTrials)
        {
            improved = false;
            foreach (var (position, district) in engine.Candidates(from))
            {
                if (trials++ >= ImprovementTrials)
                {
                    break;
                }

                var trial = new Dictionary<int, int>(preferred) { [position] = district };
                var next = new PlannerEngine(request, trial, engine._spareMultiRole);
                var plan = next.Run(from, held);
                if (Better(plan, best))
                {
                    (best, engine, preferred, improved) = (plan, next, trial, true);
                    break;
                }
            }
        }

        return best;
    }

    // Higher fair coverage without lower high-risk coverage.
    private static bool Better(RotationPlan plan, RotationPlan than) =>
        plan.Quality.FairCoverage > than.Quality.FairCoverage + 1e-9
        && (plan.Quality.HighRiskCoverage ?? 0) >= (than.Quality.HighRiskCoverage ?? 0) - 1e-9;

    // Whether some district is below its quota with a session to gain: otherwise there is nothing to improve.
    private static bool Short(PlannerEngine engine) =>
        Enumerable.Range(0, engine._districts.Length).Any(d => engine._count[d] < engine._target[d]);

    // Moves worth a trial, best first: a district below its quota (gain = what one more session adds to
    // Σ min(n, q)) takes a planned slot from a district that loses less, where it could be served at all.
    private IEnumerable<(int Position, int District)> Candidates(LocalDate from)
    {
        var gain = new double[_districts.Length];
        var loss = new double[_districts.Length];
        for (var d = 0; d < _districts.Length; d++)
        {
            var q = Quota(d);
            gain[d] = Math.Min(_count[d] + 1, q) - Math.Min(_count[d], q);
            loss[d] = Math.Min(_count[d], q) - Math.Min(_count[d] - 1, q);
        }

        var takers = Enumerable.Range(0, _districts.Length).Where(d => gain[d] > 1e-9 && _sites[d].Length > 0)
            .OrderByDescending(d => gain[d]).ThenBy(d => d).ToList();
        var guarantee = _policy.GuaranteeOneSessionPerDistrict && _seats >= _districts.Length;
        var moves = new List<(int Position, int District, double Net)>();
        foreach (var u in takers)
        {
            foreach (var (position, holder) in _holder)
            {
                var date = _slotDates[position];
                // A district's only session is never taken under the one-session guarantee.
                if (holder == u || date < from || loss[holder] >= gain[u] - 1e-9 || (guarantee && _count[holder] <= 1))
                {
                    continue;
                }

                if (OpenSiteExists(u, date) && !_dates[u].Exists(x => x <= date && Period.DaysBetween(x, date) < Math.Max(1, _policy.MinGapDays)) && _teams.CouldStaff(u, date))
                {
                    moves.Add((position, u, gain[u] - loss[holder]));
                }
            }
        }

        return moves.OrderByDescending(m => m.Net).ThenBy(m => m.Position).ThenBy(m => m.District).Select(m => (m.Position, m.District));
    }
}
