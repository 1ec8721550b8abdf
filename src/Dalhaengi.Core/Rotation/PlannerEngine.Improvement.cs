using NodaTime;

namespace Dalhaengi.Core.Rotation;

internal sealed partial class PlannerEngine
{
    // Above this many districts × slots the improvement phase is skipped: each trial re-plans the whole season, and a
    // province-sized plan must stay linear (docs/rotation.md).
    private const int ImprovementWorkLimit = 40_000;

    // Trials (whole re-plans) the improvement phase may spend at most, and the work (trials × districts × slots) it
    // may spend in all: small constrained plans get the full count, larger ones proportionally fewer. A count, not a
    // time limit, so the plan does not depend on the machine.
    private const int ImprovementTrials = 600;

    private const long ImprovementWork = 6_000_000;

    // Moves to an equally good plan each search may make when it finds no better one.
    private const int Sideways = 10;

    /// <summary>
    /// Plans with the constructive greedy, then improves by large-neighbourhood search with the greedy as the repair:
    /// each trial fixes a few choices (a district for a slot, a run of slots for a district below its quota, or a
    /// capped partner kept off a day), re-plans the whole season under the same hard constraints, and is kept only
    /// when the plan is better (fair coverage first, then high-risk coverage), no district that kept the longest-gap
    /// bound in the constructive plan loses it, and under the one-session guarantee no more districts go unvisited.
    /// Deterministic: the moves are tried in a fixed order, up to a fixed number of trials.
    /// </summary>
    internal static RotationPlan Plan(RotationRequest request, LocalDate from, IReadOnlyList<HeldSession> held)
    {
        var engine = new PlannerEngine(request);
        var constructive = engine.Run(from, held);
        var cells = (long)engine._districts.Length * Math.Max(1, engine._seats);
        if (cells > ImprovementWorkLimit || !Short(engine))
        {
            return constructive;
        }

        // Nothing to gain once a plan reaches the upper bound on fair coverage (with every high-risk district answered).
        var bound = engine.FairBound(from);
        if (Done(constructive, bound))
        {
            return constructive;
        }

        // The bound as a deadline can cost fair coverage where the roster binds: a district held back to keep
        // another within its bound may find no later slot it can use. So the search starts from the plans the
        // greedy makes without the look-ahead (keeping, in its moves, the bound wherever that start kept it), and
        // the look-ahead's plan stands unless the search's plan has strictly higher fair coverage: the bound is
        // given up only for coverage.
        var budget = (int)Math.Min(ImprovementTrials, ImprovementWork / cells);
        var plain = SearchChoices.None with { NoLookAhead = true };
        var plainEngine = plain.Engine(request);
        var plainPlan = plainEngine.Run(from, held);
        var kept = GapKept(plainPlan);

        // Two starts, each searched with half the trials: the plain constructive plan, and a second team rule (among
        // equally capped partners, the one covering fewer roles first; which spends capped capacity better depends
        // on the roster).
        var first = Search(request, from, held, kept, (plainPlan, plainEngine, plain), budget / 2, bound);
        var spare = plain with { SpareMultiRole = true };
        var other = spare.Engine(request);
        var second = Done(first.Plan, bound) ? first : Search(request, from, held, kept, (other.Run(from, held), other, spare), budget - (budget / 2), bound);
        var (best, bestEngine, choices) = Repair(request, from, held, kept, Better(second.Plan, first.Plan, kept) ? second : first, bound);
        if (best.Quality.FairCoverage <= constructive.Quality.FairCoverage + 1e-9)
        {
            return constructive;
        }

        return bestEngine.Annotate(best, constructive, choices);
    }

    // First-improvement descent over the neighbourhoods from a start; when no move improves, up to Sideways moves
    // to an equally good plan not seen before (a plateau is common: many plans share a fair coverage), then descent
    // again. Returns the best plan seen.
    private static (RotationPlan Plan, PlannerEngine Engine, SearchChoices Choices) Search(
        RotationRequest request, LocalDate from, IReadOnlyList<HeldSession> held, bool[] kept,
        (RotationPlan Plan, PlannerEngine Engine, SearchChoices Choices) start, int budget, double bound)
    {
        var best = start;
        var current = start;
        var seen = new HashSet<string> { Signature(start.Plan) };
        var trials = 0;
        var sideways = Sideways;
        while (trials < budget && Short(current.Engine) && !Done(current.Plan, bound))
        {
            var improved = false;
            (RotationPlan Plan, PlannerEngine Engine, SearchChoices Choices)? level = null;
            foreach (var move in current.Engine.Moves(from, current.Plan, current.Choices))
            {
                if (trials++ >= budget)
                {
                    break;
                }

                var next = move.Engine(request);
                var plan = next.Run(from, held);
                if (Better(plan, current.Plan, kept))
                {
                    (current, improved) = ((plan, next, move), true);
                    seen.Add(Signature(plan));
                    break;
                }

                if (level is null && sideways > 0 && Level(plan, current.Plan, kept) && seen.Add(Signature(plan)))
                {
                    level = (plan, next, move);
                }
            }

            if (improved)
            {
                if (Better(current.Plan, best.Plan, kept))
                {
                    best = current;
                }

                continue;
            }

            if (level is not { } l)
            {
                break;
            }

            sideways--;
            current = l;
        }
        return best;
    }

    // Whether the plan reaches the fair-coverage bound and answers every high-risk district: no trial can beat it.
    private static bool Done(RotationPlan plan, double bound) =>
        plan.Quality.FairCoverage >= bound - 1e-9 && (plan.Quality.HighRiskCoverage ?? 1) >= 1 - 1e-9;

    // As good on fair and high-risk coverage, the longest-gap bound kept as Better requires.
    private static bool Level(RotationPlan plan, RotationPlan than, bool[] kept) =>
        Math.Abs(plan.Quality.FairCoverage - than.Quality.FairCoverage) <= 1e-9
        && Math.Abs((plan.Quality.HighRiskCoverage ?? 0) - (than.Quality.HighRiskCoverage ?? 0)) <= 1e-9
        && KeepsGaps(plan, kept) && KeepsGuarantee(plan, than);

    // Which district holds each session, in order: plans with the same signature are the same for the search.
    private static string Signature(RotationPlan plan) =>
        string.Join(',', plan.Sessions.Select(s => s.Id.Value + "=" + s.District.Value));

    // Lexicographically better (fair coverage first, then high-risk coverage), with the longest-gap bound still kept
    // by every district that kept it in the constructive plan.
    private static bool Better(RotationPlan plan, RotationPlan than, bool[] kept)
    {
        var fair = plan.Quality.FairCoverage - than.Quality.FairCoverage;
        if (fair < -1e-9 || (fair <= 1e-9 && (plan.Quality.HighRiskCoverage ?? 0) <= (than.Quality.HighRiskCoverage ?? 0) + 1e-9))
        {
            return false;
        }

        return KeepsGaps(plan, kept) && KeepsGuarantee(plan, than);
    }

    // Under the one-session guarantee (with at least as many seats as districts) the search never leaves more
    // districts without a session than the plan it starts from: leaving one out can raise fair coverage, but the
    // policy asked for every district.
    private static bool KeepsGuarantee(RotationPlan plan, RotationPlan than) =>
        !plan.Request.Policy.GuaranteeOneSessionPerDistrict || plan.Quality.Seats < plan.Quality.Districts.Count
        || plan.Quality.Districts.Count(d => d.Sessions > 0) >= than.Quality.Districts.Count(d => d.Sessions > 0);

    private static bool KeepsGaps(RotationPlan plan, bool[] kept)
    {
        var now = GapKept(plan);
        for (var d = 0; d < kept.Length; d++)
        {
            if (kept[d] && !now[d])
            {
                return false;
            }
        }

        return true;
    }

    // Per district (code order), whether consecutive sessions up to its share are at most MaxGapFactor fair intervals
    // (S ÷ T slots) apart: the bound the constructive pass keeps where the roster allows.
    private static bool[] GapKept(RotationPlan plan)
    {
        var districts = plan.Quality.Districts;
        var kept = new bool[districts.Count];
        Array.Fill(kept, true);
        var factor = plan.Request.Policy.MaxGapFactor;
        if (factor <= 0)
        {
            return kept;
        }

        var index = new Dictionary<Geography.DistrictCode, int>(districts.Count);
        for (var d = 0; d < districts.Count; d++)
        {
            index[districts[d].District] = d;
        }

        var last = new int[districts.Count];
        Array.Fill(last, -1);
        foreach (var s in plan.Sessions.OrderBy(s => s.Why.SlotIndex))
        {
            var d = index[s.District];
            var target = districts[d].Target;
            if (last[d] >= 0 && target > 0 && s.Why.SessionNumber <= target
                && s.Why.SlotIndex - last[d] > Math.Floor(factor * plan.Quality.Seats / target))
            {
                kept[d] = false;
            }

            last[d] = s.Why.SlotIndex;
        }

        return kept;
    }

    // Whether some district is below its quota with a session to gain: otherwise there is nothing to improve.
    private static bool Short(PlannerEngine engine) =>
        Enumerable.Range(0, engine._districts.Length).Any(d => engine._count[d] < engine._target[d]);

    /// <summary>The choices a trial fixes before the greedy repairs the rest.</summary>
    /// <param name="Preferred">The district the greedy tries first at a slot (by slot position).</param>
    /// <param name="Avoid">Partners (roster index) kept off every team of a day.</param>
    /// <param name="SpareMultiRole">The second team rule (see <see cref="TeamBuilder.SpareMultiRole"/>).</param>
    /// <param name="NoLookAhead">Plan without the longest-gap look-ahead (the search's own starts; see <see cref="Plan"/>).</param>
    /// <param name="Pinned">Slots the window repair fixed, with their required teams (by slot position).</param>
    /// <param name="Bare">Slot positions whose teams get no optional partners (the window repair's own slots).</param>
    private sealed record SearchChoices(Dictionary<int, int> Preferred, HashSet<(LocalDate Date, int Partner)> Avoid, bool SpareMultiRole, bool NoLookAhead = false,
        Dictionary<int, Pin>? Pinned = null, HashSet<int>? Bare = null)
    {
        public static SearchChoices None { get; } = new(new Dictionary<int, int>(), new HashSet<(LocalDate, int)>(), false);

        public PlannerEngine Engine(RotationRequest request)
        {
            var engine = new PlannerEngine(request, Preferred.Count == 0 ? null : new Dictionary<int, int>(Preferred), SpareMultiRole, !NoLookAhead);
            engine._teams.Avoid = Avoid.Count == 0 ? null : Avoid;
            engine._pinned = Pinned;
            engine._teams.NoOptional = Bare;
            return engine;
        }

        public SearchChoices Prefer(IEnumerable<(int Position, int District)> moves)
        {
            var preferred = new Dictionary<int, int>(Preferred);
            foreach (var (position, district) in moves)
            {
                preferred[position] = district;
            }

            return this with { Preferred = preferred };
        }

        public SearchChoices Without(LocalDate date, int partner) => this with { Avoid = new HashSet<(LocalDate, int)>(Avoid) { (date, partner) } };
    }
}
