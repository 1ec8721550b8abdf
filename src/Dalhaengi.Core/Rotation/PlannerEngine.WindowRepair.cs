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

    // The plan as the window search sees it: who holds each slot and with which required partners, each district's
    // dates, and partner use per capacity unit (season, month, day).
    private sealed class WindowModel
    {
        private readonly PlannerEngine _e;
        private readonly int[][] _team;
        private readonly int[] _count;
        private readonly double[] _quota;
        private readonly int[] _season;
        private readonly Dictionary<(int Unit, int Month), int> _month = [];
        private readonly Dictionary<(int Unit, int Day), int> _day = [];
        private readonly List<int>[] _positions;
        private readonly double[] _gain;
        private readonly double[] _loss;
        private readonly NodeBudget _budget;
        private int _nodes;

        public WindowModel(PlannerEngine engine, RotationPlan plan, NodeBudget budget)
        {
            _e = engine;
            _budget = budget;
            var n = engine._districts.Length;
            var count = engine._positionDates.Length;
            Holder = new int[count];
            Array.Fill(Holder, -1);
            Required = new int[count][];
            _team = new int[count][];
            _count = new int[n];
            _quota = [.. Enumerable.Range(0, n).Select(engine.Quota)];
            _season = new int[engine._teams.UnitCount];
            _positions = [.. Enumerable.Range(0, n).Select(_ => new List<int>())];
            foreach (var s in plan.Sessions)
            {
                var p = s.Why.SlotIndex;
                var d = engine._districtIndex[s.District];
                Holder[p] = d;
                _team[p] = [.. s.Team.Select(m => engine._teams.IndexOf(m.Partner))];
                Required[p] = [.. s.Team.Where(m => m.Role is TeamRole.Required).Select(m => engine._teams.IndexOf(m.Partner))];
                _count[d]++;
                _positions[d].Add(p);
                Use(p, d, _team[p], +1);
            }

            _gain = new double[n];
            _loss = new double[n];
            for (var d = 0; d < n; d++)
            {
                _gain[d] = engine._sites[d].Length > 0 ? Step(d, _count[d] + 1) : 0;
                _loss[d] = _count[d] > 0 ? Step(d, _count[d]) : 0;
            }
        }

        public int[] Holder { get; }

        public int[][] Required { get; }

        // A window can gain only if it has an empty slot or a slot whose district loses less than some district gains.
        public bool Promising(List<int> slots)
        {
            var gain = _gain.DefaultIfEmpty().Max();
            return gain > 1e-9 && slots.Exists(p => Holder[p] < 0 || _loss[Holder[p]] < gain - 1e-9);
        }

        // The best assignment of the window's slots (district −1 for an empty slot) when it beats the plan, else null.
        public (int District, int[] Team)[]? Solve(List<int> slots)
        {
            foreach (var p in slots)
            {
                if (Holder[p] >= 0)
                {
                    _count[Holder[p]]--;
                    _positions[Holder[p]].Remove(p);
                    Use(p, Holder[p], _team[p], -1);
                }
            }

            var baseValue = 0.0;
            var current = 0.0;
            for (var d = 0; d < _count.Length; d++)
            {
                baseValue += Math.Min(_count[d], _quota[d]);
            }

            foreach (var p in slots)
            {
                if (Holder[p] >= 0)
                {
                    current += Step(Holder[p], _count[Holder[p]] + 1 + slots.Count(q => q < p && Holder[q] == Holder[p]));
                }
            }

            var choice = new (int District, int[] Team)[slots.Count];
            (int District, int[] Team)[]? best = null;
            var bestValue = baseValue + current + 1e-9;
            _nodes = 0;
            Search(0, baseValue);

            for (var i = slots.Count - 1; i >= 0; i--)
            {
                var p = slots[i];
                if (Holder[p] >= 0)
                {
                    _count[Holder[p]]++;
                    _positions[Holder[p]].Add(p);
                    _positions[Holder[p]].Sort();
                    Use(p, Holder[p], _team[p], +1);
                }
            }

            return best;

            void Search(int i, double value)
            {
                if (i == slots.Count)
                {
                    if (value > bestValue)
                    {
                        bestValue = value;
                        best = [.. choice];
                    }

                    return;
                }

                // Concave objective: no slot can add more than the largest step any district has now.
                var step = 0.0;
                for (var d = 0; d < _count.Length; d++)
                {
                    step = Math.Max(step, Step(d, _count[d] + 1));
                }

                if (value + ((slots.Count - i) * step) <= bestValue || value + Reach(slots, i) <= bestValue || _nodes++ >= WindowNodes || _budget.Left-- <= 0)
                {
                    return;
                }

                var p = slots[i];
                var date = _e._positionDates[p];
                var order = Enumerable.Range(0, _count.Length).OrderByDescending(d => Step(d, _count[d] + 1)).ThenBy(d => d == Holder[p] ? 0 : 1).ThenBy(d => d);
                foreach (var d in order)
                {
                    if (!Feasible(d, p, date))
                    {
                        continue;
                    }

                    var gain = Step(d, _count[d] + 1);
                    foreach (var team in _e._teams.TeamOptions(d, date, q => Free(q, d, p, date), TeamsPerSlot))
                    {
                        choice[i] = (d, team);
                        _count[d]++;
                        _positions[d].Add(p);
                        Use(p, d, team, +1);
                        Search(i + 1, value + gain);
                        Use(p, d, team, -1);
                        _positions[d].RemoveAt(_positions[d].Count - 1);
                        _count[d]--;
                    }
                }

                choice[i] = (-1, []);
                Search(i + 1, value);
            }
        }

        // An upper bound on what slots i… of the window can still add: each district at most as many sessions as fit
        // in them by calendar, site and minimum gap (packed earliest first, which is the most a gap allows), worth its
        // next steps; the best steps, at most one per slot some district can take.
        private double Reach(List<int> slots, int i)
        {
            var steps = new List<double>();
            var open = new bool[slots.Count];
            var gap = Math.Max(1, _e._policy.MinGapDays);
            for (var d = 0; d < _count.Length; d++)
            {
                if (Step(d, _count[d] + 1) <= 1e-9)
                {
                    continue;
                }

                var fit = 0;
                LocalDate? last = null;
                for (var j = i; j < slots.Count; j++)
                {
                    var date = _e._positionDates[slots[j]];
                    if (!Feasible(d, slots[j], date))
                    {
                        continue;
                    }

                    open[j] = true;
                    if (last is not { } l || Period.DaysBetween(l, date) >= gap || (_e._policy.MinGapDays == 0 && l == date))
                    {
                        fit++;
                        last = date;
                        steps.Add(Step(d, _count[d] + fit));
                    }
                }
            }

            var slotsOpen = open.Count(o => o);

            return steps.OrderDescending().Take(slotsOpen).Sum();
        }

        // What the n-th session of district d adds to Σ min(n, q).
        private double Step(int d, int n) => Math.Max(0, Math.Min(n, _quota[d]) - Math.Min(n - 1, _quota[d]));

        // Sites and fair days, partners' weekdays and blackouts, and the minimum gap to the district's other sessions.
        private bool Feasible(int d, int p, LocalDate date)
        {
            var e = _e;
            if (e._sites[d].Length == 0 || !e.OpenSiteExists(d, date) || !e._teams.CouldStaff(d, date))
            {
                return false;
            }

            var gap = e._policy.MinGapDays;
            var sameDay = 0;
            foreach (var q in _positions[d])
            {
                var days = Math.Abs(Period.DaysBetween(e._positionDates[q], date));
                if (gap > 0 && days < gap)
                {
                    return false;
                }

                sameDay += days == 0 ? 1 : 0;
            }

            return gap > 0 || sameDay < e.OpenSites(d, date);
        }

        private bool Free(int partner, int d, int p, LocalDate date)
        {
            var teams = _e._teams;
            var u = teams.UnitOf(partner, d);
            return _day.GetValueOrDefault((u, _e._positionDay[p])) < teams.TeamsOf(partner)
                && _season[u] < teams.SeasonCapOf(partner)
                && _month.GetValueOrDefault((u, TeamBuilder.MonthOf(date))) < teams.MonthCapOf(partner);
        }

        private void Use(int p, int d, int[] team, int delta)
        {
            var teams = _e._teams;
            var date = _e._positionDates[p];
            foreach (var partner in team)
            {
                var u = teams.UnitOf(partner, d);
                _season[u] += delta;
                var month = (u, TeamBuilder.MonthOf(date));
                _month[month] = _month.GetValueOrDefault(month) + delta;
                var day = (u, _e._positionDay[p]);
                _day[day] = _day.GetValueOrDefault(day) + delta;
            }
        }
    }
}
