using System.Globalization;
using NodaTime;

namespace Dalhaengi.Core.Rotation;

// The longest-gap repair. The look-ahead (PlannerEngine.Spread.cs) is a heuristic, and the improvement phase may pick a
// plan that gives the bound up for coverage. When the chosen plan leaves some district past its bound and the plan is
// small, a depth-first search over the slots looks for a schedule that keeps every bound at fair and high-risk
// coverage at least the plan's; the season is then planned again with that schedule fixed, by the same code as every
// other plan (sites, teams from the roster with caps, weekdays and blackouts, the minimum gap, held sessions), and the
// result replaces the plan only when it keeps every bound and both coverages. The search is exact up to its node
// budget: it gives up (and the plan stands) only when the budget runs out or every schedule it found failed in the
// re-plan (partner caps and a partner's teams a day, which its model leaves to the re-plan). docs/rotation.md, Spread.
internal sealed partial class PlannerEngine
{
    // Above this many districts × seats the repair is not tried: the search is exponential in the worst case, and a
    // province-sized plan must stay linear (docs/rotation.md).
    private const int RepairCellLimit = 4_000;

    // Search nodes (slot decisions) the repair may spend: a count, not a time, so the plan does not depend on the machine.
    private const int RepairNodes = 200_000;

    // Schedules the search may hand to the re-plan before it gives up (a schedule fails there only on partner capacity).
    private const int RepairReplays = 4;

    // In a re-plan of the repair: the district each slot goes to (-1: none under its share), the last slot each
    // district has in it, the district each slot had in the plan before, and what that plan broke.
    private int[]? _forced;
    private int[] _forcedLast = [];
    private int[] _before = [];
    private string _repairCause = string.Empty;
    private bool _forcedFailed;

    // While a repaired session's reason is written: the district the planner's order would have chosen (-1: none).
    private int? _repairOrder;

    // A dry run of the planner's order: TryPlace checks everything, records the district and commits nothing.
    private bool _dryRun;
    private int _dryPick;

    /// <summary>
    /// Plans with <see cref="Plan"/> and, when that plan leaves a district past its longest-gap bound and the plan is
    /// small enough, repairs it with the bounded exact search (see the file comment). Plans that keep the bound, plans
    /// above <see cref="RepairCellLimit"/> and policies without the bound are returned as they are, after one pass over
    /// the sessions at most.
    /// </summary>
    internal static RotationPlan PlanKeepingGaps(RotationRequest request, LocalDate from, IReadOnlyList<HeldSession> held)
    {
        var plan = Plan(request, from, held);
        if (request.Policy.MaxGapFactor <= 0 || (long)plan.Quality.Districts.Count * plan.Quality.Seats > RepairCellLimit
            || Array.TrueForAll(GapKept(plan), k => k))
        {
            return plan;
        }

        return RepairGaps(request, from, held, plan) ?? plan;
    }

    private static RotationPlan? RepairGaps(RotationRequest request, LocalDate from, IReadOnlyList<HeldSession> held, RotationPlan plan)
    {
        // A fresh constructive run gives the slots, shares, bounds and which days each district could use at all.
        var probe = new PlannerEngine(request);
        probe.Run(from, held);
        if (probe._seats < probe._positionDates.Length)
        {
            // A season cap binds: a schedule would also have to choose which slots stay empty; not searched.
            return null;
        }

        var before = new int[probe._positionDates.Length];
        Array.Fill(before, -1);
        foreach (var s in plan.Sessions)
        {
            before[s.Why.SlotIndex] = probe._districtIndex[s.District];
        }

        var cause = probe.Cause(plan);
        RotationPlan? result = null;
        var search = new GapSearch(probe, plan, from, before);
        search.Run(schedule => (result = Replay(request, from, held, plan, schedule, before, cause)) is not null);
        return result;
    }

    // Plans the season again with the schedule fixed, under each team rule; the plan if it keeps every bound and the
    // coverage of the plan before (and, under the one-session guarantee, visits as many districts), else null.
    private static RotationPlan? Replay(RotationRequest request, LocalDate from, IReadOnlyList<HeldSession> held, RotationPlan plan, int[] schedule, int[] before, string cause)
    {
        foreach (var spare in (bool[])[false, true])
        {
            var engine = new PlannerEngine(request, spareMultiRole: spare)
            {
                _forced = (int[])schedule.Clone(),
                _before = before,
                _repairCause = cause,
            };
            engine._forcedLast = new int[engine._districts.Length];
            Array.Fill(engine._forcedLast, -1);
            for (var q = 0; q < schedule.Length; q++)
            {
                if (schedule[q] >= 0)
                {
                    engine._forcedLast[schedule[q]] = q;
                }
            }

            var replan = engine.Run(from, held);
            if (!engine._forcedFailed && Array.TrueForAll(GapKept(replan), k => k)
                && replan.Quality.FairCoverage >= plan.Quality.FairCoverage - 1e-9
                && (replan.Quality.HighRiskCoverage ?? 0) >= (plan.Quality.HighRiskCoverage ?? 0) - 1e-9
                && KeepsGuarantee(replan, plan))
            {
                return replan;
            }
        }

        return null;
    }

    // The first bound the plan before the repair broke, in words, for the reasons of the repaired sessions.
    private string Cause(RotationPlan plan)
    {
        var ic = CultureInfo.InvariantCulture;
        var last = new int[_districts.Length];
        Array.Fill(last, -1);
        foreach (var s in plan.Sessions.OrderBy(s => s.Why.SlotIndex))
        {
            var d = _districtIndex[s.District];
            if (last[d] >= 0 && s.Why.SessionNumber <= _target[d] && s.Why.SlotIndex - last[d] > GapBound(d))
            {
                return string.Create(ic, $"the plan before the repair left {_districts[d].Name.Korean} {s.Why.SlotIndex - last[d]} slots between its sessions at slots {last[d]} and {s.Why.SlotIndex}, past its longest-gap bound of {GapBound(d)}");
            }

            last[d] = s.Why.SlotIndex;
        }

        return "the plan before the repair left a district past its longest-gap bound";
    }

    // One slot of a re-plan with a fixed schedule. Where the schedule agrees with the planner's own order (or leaves the
    // slot to a district it does not need again), the slot is planned as usual and keeps the usual reason; otherwise
    // the scheduled district takes it with a DistrictPick.GapRepair reason. A scheduled session that cannot be placed
    // (a partner's cap or teams that day) fails the re-plan.
    private bool PlanForced(LocalDate date, int slot, int position)
    {
        var f = _forced![position];
        var order = DryRun(date, slot, position);
        if (order >= 0 && (f == order || (f < 0 && MayFill(order, position))))
        {
            return Unforced(date, slot, position);
        }

        var blocked = new SortedDictionary<string, int>(StringComparer.Ordinal);
        _repairOrder = order;
        try
        {
            if (f >= 0)
            {
                if (TryPlace(f, date, slot, position, blocked, checkGaps: false))
                {
                    return true;
                }

                _forcedFailed = true;
                _skipped.Add(new SkippedSlot(date, slot, SkipReason.NoFeasibleSession, $"the longest-gap repair's schedule could not be staffed for {_districts[f].Name.Korean}"));
                return false;
            }

            // No district under its share in the schedule: the first in the planner's order the schedule leaves free.
            var free = Enumerable.Range(0, _districts.Length).Where(d => d != order && MayFill(d, position)).ToArray();
            Array.Sort(free, (a, b) => Compare(a, b, position));
            foreach (var d in free)
            {
                if (TryPlace(d, date, slot, position, blocked, checkGaps: false))
                {
                    return true;
                }
            }

            var name = order >= 0 ? _districts[order].Name.Korean : "no district";
            _skipped.Add(new SkippedSlot(date, slot, SkipReason.NoFeasibleSession, $"left empty by the longest-gap repair: the planner's order would give it to {name}, but the schedule that keeps every district within its bound has no session for it here, and no other district could take it"));
            return false;
        }
        finally
        {
            _repairOrder = null;
        }
    }

    // The district the planner's own order gives this slot, or -1; nothing is committed (PlanSlot increments the slot
    // stamp again, so the dry run and the slot share one).
    private int DryRun(LocalDate date, int slot, int position)
    {
        var (forced, skipped) = (_forced, _skipped.Count);
        (_forced, _dryRun, _dryPick) = (null, true, -1);
        _slotStamp--;
        var placed = PlanSlot(date, slot, position);
        (_forced, _dryRun) = (forced, false);
        _skipped.RemoveRange(skipped, _skipped.Count - skipped);
        return placed ? _dryPick : -1;
    }

    private bool Unforced(LocalDate date, int slot, int position)
    {
        var forced = _forced;
        _forced = null;
        _slotStamp--;
        var placed = PlanSlot(date, slot, position);
        _forced = forced;
        return placed;
    }

    // Whether a district may take a slot the schedule leaves free: the schedule has no later session for it, and a
    // session here keeps its bound.
    private bool MayFill(int d, int position) =>
        _forcedLast[d] < position && (_count[d] >= _target[d] || _lastPosition[d] < 0 || position - _lastPosition[d] <= GapBound(d));

    // The reason of a session the repair decided: what the planner's order would have done, what the plan before
    // the repair broke, and the district's own deadline when its bound runs.
    private string RepairReason(int d, string name, int position)
    {
        var ic = CultureInfo.InvariantCulture;
        var order = _repairOrder is >= 0 and var o ? $"the planner's order would give this slot to {_districts[o].Name.Korean}" : "the planner's order would leave this slot empty";
        var kept = _before[position] == d ? ", as the plan before the repair had it" : string.Empty;
        var own = _count[d] < _target[d] && _lastPosition[d] >= 0
            ? string.Create(ic, $"; its own bound ({_policy.MaxGapFactor:0.##} × its fair interval of {(double)_seats / _target[d]:0.0} slots after its last session at slot {_lastPosition[d]}) makes it due by slot {_lastPosition[d] + GapBound(d)}")
            : string.Empty;
        return string.Create(ic, $"{name}: the longest-gap repair gave it this slot{kept} ({order}): {_repairCause}, and an exact search over the season's slots found a schedule that keeps every district within its bound at no less fair or high-risk coverage{own} (now slot {position})");
    }
}
