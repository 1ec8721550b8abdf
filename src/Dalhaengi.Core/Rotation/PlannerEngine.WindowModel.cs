using NodaTime;

namespace Dalhaengi.Core.Rotation;

// The window repair's exact search (see PlannerEngine.WindowRepair.cs).
internal sealed partial class PlannerEngine
{
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
