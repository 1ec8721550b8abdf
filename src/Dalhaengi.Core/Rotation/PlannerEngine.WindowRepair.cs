using NodaTime;

namespace Dalhaengi.Core.Rotation;

// The window-exact repair: a few consecutive slots are re-assigned exactly (every district and team the hard
// constraints allow there, depth-first), the rest of the plan held as it is: its sessions' dates bound each district's
// minimum gap on both sides, and its teams' partner use bounds what capacity (per day, month and season) the window
// may spend. What the greedy repair of the other moves cannot express — a session moved a few days so that two fit
// around a minimum gap, a team that spends an uncapped partner so a capped one is left for a later slot — is found
// here. Bounded by a count of search nodes, not a clock, so the plan does not depend on the machine.
internal sealed partial class PlannerEngine
{
    // Search nodes one window may spend, and teams tried per district and slot.
    private const int WindowNodes = 2_000;

    private const int TeamsPerSlot = 6;

    // The pins of a window repair: position → district and the required team Build takes first. Null outside it.
    private Dictionary<int, Pin>? _pinned;

    /// <summary>A slot fixed by the window repair.</summary>
    /// <param name="District">The district (code order).</param>
    /// <param name="Team">Required members, roster indexes.</param>
    /// <param name="Window">Whether the repair chose it (true) or held it as the plan had it (false).</param>
    internal sealed record Pin(int District, int[] Team, bool Window);

    // Consecutive slots one window holds: six is two weeks of a three-weekday season.
    private const int WindowSize = 6;

    // Re-plans (whole-season trials) and search nodes the window repair may spend after the search.
    private const int WindowTrials = 200;

    private const int WindowBudget = 100_000;

    // The window repair after the search: windows of the best plan are searched exactly in turn; the first whose
    // trial is better (by the search's own acceptance) becomes the plan, and its windows are searched again, until no
    // window gains, the plan reaches its upper bound, or the budgets are spent.
    private static (RotationPlan Plan, PlannerEngine Engine, SearchChoices Choices) Repair(
        RotationRequest request, LocalDate from, IReadOnlyList<HeldSession> held, bool[] kept,
        (RotationPlan Plan, PlannerEngine Engine, SearchChoices Choices) start, double bound)
    {
        var current = start;
        var trials = 0;
        var nodes = new NodeBudget(WindowBudget);
        var size = WindowSize;
        var improved = true;
        while (improved && trials < WindowTrials && nodes.Left > 0 && Short(current.Engine) && !Done(current.Plan, bound))
        {
            improved = false;
            foreach (var move in current.Engine.WindowMoves(from, current.Plan, current.Choices, size, nodes))
            {
                if (trials++ >= WindowTrials)
                {
                    break;
                }

                var next = move.Engine(request);
                var plan = next.Run(from, held);

                if (Better(plan, current.Plan, kept))
                {
                    (current, improved) = ((plan, next, move), true);
                    break;
                }
            }
        }

        return current;
    }

    // Search nodes left to the window repair of one plan.
    private sealed class NodeBudget(int left)
    {
        public int Left { get; set; } = left;
    }

    // Places a pinned slot's district with its team when it is still feasible; otherwise the greedy order decides.
    private bool PlacePinned(LocalDate date, int slot, int position, bool check)
    {
        if (_pinned is null || !_pinned.TryGetValue(position, out var pin))
        {
            return false;
        }

        _improving = true;
        _teams.Forced = pin.Team;
        var placed = TryPlace(pin.District, date, slot, position, new SortedDictionary<string, int>(StringComparer.Ordinal), check);
        _teams.Forced = null;
        _improving = false;
        return placed;
    }

    // Windows of this engine's final plan, each searched exactly; for a window whose best assignment beats the plan
    // (with the rest held), two trials: the window pinned and the greedy after it, and the window pinned with every
    // later session held as it was. Windows that contain an empty slot come first.
    private IEnumerable<SearchChoices> WindowMoves(LocalDate from, RotationPlan plan, SearchChoices choices, int size, NodeBudget budget)
    {
        var model = new WindowModel(this, plan, budget);
        var positions = _slotDates.Where(p => p.Value >= from).Select(p => p.Key).Order().ToList();
        var windows = new List<(int Start, bool Empty)>();
        for (var i = 0; i + size <= positions.Count; i++)
        {
            var slots = positions.GetRange(i, size);
            if (model.Promising(slots))
            {
                windows.Add((i, slots.Exists(p => model.Holder[p] < 0)));
            }
        }

        foreach (var (start, _) in windows.OrderBy(w => !w.Empty).ThenBy(w => w.Start))
        {
            if (budget.Left <= 0)
            {
                yield break;
            }

            var slots = positions.GetRange(start, size);
            if (model.Solve(slots) is not { } assignment)
            {
                continue;
            }

            var pins = new Dictionary<int, Pin>(choices.Pinned ?? []);
            for (var i = 0; i < slots.Count; i++)
            {
                pins.Remove(slots[i]);
                if (assignment[i].District >= 0)
                {
                    pins[slots[i]] = new Pin(assignment[i].District, assignment[i].Team, Window: true);
                }
            }

            var bare = new HashSet<int>(choices.Bare ?? []);
            bare.UnionWith(slots);
            var windowed = choices with { Pinned = pins, Bare = bare };
            yield return windowed;

            var held = new Dictionary<int, Pin>(pins);
            for (var p = slots[^1] + 1; p < model.Holder.Length; p++)
            {
                if (model.Holder[p] >= 0)
                {
                    held[p] = new Pin(model.Holder[p], model.Required[p], Window: false);
                }
            }

            yield return windowed with { Pinned = held };
        }
    }
}
