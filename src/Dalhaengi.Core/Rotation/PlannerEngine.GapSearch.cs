using System.Text;
using NodaTime;

namespace Dalhaengi.Core.Rotation;

internal sealed partial class PlannerEngine
{
    /// <summary>
    /// The repair's exact search: depth-first over the plannable slots, each slot given to one district under its cap
    /// (its share, or one more where its quota is above the share) or to none of them. A district's options are the
    /// engine's own: a slot it can use at all (an open site not used that day, markets on fair days, partners whose
    /// weekdays, blackouts and districts allow a team), its minimum gap kept, and, within its share, no further than
    /// its bound after its last session. A district past its bound gets no further session (its bound is then kept, as
    /// only consecutive sessions count). Branches are tried in the plan's own choice first, then earliest deadline
    /// first (the bound's deadline or the pace's due slot, whichever is earlier); a state that cannot reach the plan's
    /// fair coverage (an upper bound from the slots each district could still use) or high-risk coverage is cut, and a
    /// state found dead is remembered. Partner caps and teams a day are left to the re-plan that checks each schedule.
    /// </summary>
    private sealed class GapSearch
    {
        private readonly PlannerEngine _e;
        private readonly int _n;
        private readonly int _slots;
        private readonly int _first;
        private readonly LocalDate[] _dates;
        private readonly int[] _target;
        private readonly int[] _cap;
        private readonly double[] _quota;
        private readonly long[] _bound;
        private readonly int[][] _next;
        private readonly int[][] _usable;
        private readonly int[] _count;
        private readonly int[] _last;
        private readonly LocalDate?[] _lastDate;
        private int[] _today;
        private readonly bool[] _tracked;
        private readonly bool[] _covered;
        private readonly long _requiredRisk;
        private long _coveredRisk;
        private readonly double _requiredFair;
        private double _fair;
        private readonly int[] _before;
        private readonly int[] _schedule;
        private readonly HashSet<string> _dead = [];
        private readonly StringBuilder _key = new();
        private Func<int[], bool> _accept = _ => false;
        private int _nodes;
        private int _leaves;
        private bool _stop;

        public GapSearch(PlannerEngine e, RotationPlan plan, LocalDate from, int[] before)
        {
            _e = e;
            _n = e._districts.Length;
            _dates = e._positionDates;
            _slots = _dates.Length;
            _first = Array.FindIndex(_dates, d => d >= from) is var f and >= 0 ? f : _slots;
            _target = e._target;
            _quota = [.. Enumerable.Range(0, _n).Select(e.Quota)];
            _cap = [.. Enumerable.Range(0, _n).Select(d => _target[d] + (_quota[d] > _target[d] + 1e-9 ? 1 : 0))];
            _bound = [.. Enumerable.Range(0, _n).Select(d => _target[d] > 0 ? e.GapBound(d) : long.MaxValue / 2)];
            _before = before;
            _schedule = new int[_slots];
            Array.Fill(_schedule, -1);

            // Per district and slot: the first slot from there it could use at all, and how many it could.
            _next = new int[_n][];
            _usable = new int[_n][];
            for (var d = 0; d < _n; d++)
            {
                var next = _next[d] = new int[_slots + 1];
                var usable = _usable[d] = new int[_slots + 1];
                next[_slots] = _slots;
                for (var q = _slots - 1; q >= _first; q--)
                {
                    var can = e.Capacity(d, q, null) > 0;
                    next[q] = can ? q : next[q + 1];
                    usable[q] = usable[q + 1] + (can ? 1 : 0);
                }
            }

            _count = new int[_n];
            _last = new int[_n];
            Array.Fill(_last, -1);
            _lastDate = new LocalDate?[_n];
            _today = new int[_n];
            foreach (var s in plan.Sessions.Where(s => s.Status == PlannedSessionStatus.Held).OrderBy(s => s.Why.SlotIndex))
            {
                var d = e._districtIndex[s.District];
                _count[d]++;
                _last[d] = s.Why.SlotIndex;
                _lastDate[d] = s.Date;
            }

            for (var d = 0; d < _n; d++)
            {
                _fair += Math.Min(_count[d], _quota[d]);
            }

            _requiredFair = plan.Quality.Districts.Sum(d => Math.Min(d.Sessions, d.Quota)) - 1e-9;

            // High-risk coverage: the districts the plan answered within the response window must be matched in total.
            _tracked = new bool[_n];
            _covered = new bool[_n];
            var windowEnd = from.PlusDays(e._policy.RiskResponseDays - 1);
            for (var d = 0; d < _n; d++)
            {
                if (e._risk[d] <= 0)
                {
                    continue;
                }

                if (e._respondedBefore[d])
                {
                    _coveredRisk += e._risk[d];
                }
                else
                {
                    _tracked[d] = true;
                }

                var code = e._districts[d].Code;
                if (e._respondedBefore[d] || plan.Sessions.Any(s => s.District == code && s.Date >= from && s.Date <= windowEnd))
                {
                    _requiredRisk += e._risk[d];
                }
            }
        }

        private int RiskEnd => _e._riskDeadline;

        /// <summary>Runs the search; <paramref name="accept"/> is given each schedule found and says whether it is taken.</summary>
        public void Run(Func<int[], bool> accept)
        {
            _accept = accept;
            Search(_first);
        }

        private bool Search(int q)
        {
            if (_stop)
            {
                return false;
            }

            if (++_nodes > RepairNodes)
            {
                _stop = true;
                return false;
            }

            if (q == _slots)
            {
                return Leaf();
            }

            var newDay = q == _first || _dates[q] != _dates[q - 1];
            var today = _today;
            if (newDay)
            {
                _today = new int[_n];
            }

            try
            {
                return Branch(q);
            }
            finally
            {
                _today = today;
            }
        }

        private bool Branch(int q)
        {
            if (!Promising(q))
            {
                return false;
            }

            var key = Key(q);
            if (_dead.Contains(key))
            {
                return false;
            }

            var date = _dates[q];
            var options = new List<(bool Plan, double Due, int District)>(_n);
            for (var d = 0; d < _n; d++)
            {
                if (_count[d] < _cap[d] && !PastBound(d, q) && _e.Capacity(d, q, _lastDate[d]) > (_lastDate[d] == date ? _today[d] : 0))
                {
                    options.Add((_before[q] == d, Due(d), d));
                }
            }

            options.Sort((a, b) => a.Plan != b.Plan ? (a.Plan ? -1 : 1) : a.Due != b.Due ? a.Due.CompareTo(b.Due) : a.District.CompareTo(b.District));

            // The plan's own choice first: when it left the slot to no district under its cap, "none" goes first.
            var noneFirst = !options.Exists(o => o.Plan);
            if (noneFirst && Search(q + 1))
            {
                return true;
            }

            foreach (var (_, _, d) in options)
            {
                if (Take(d, q))
                {
                    return true;
                }
            }

            if (!noneFirst && Search(q + 1))
            {
                return true;
            }

            if (!_stop)
            {
                _dead.Add(key);
            }

            return false;
        }

        private bool Take(int d, int q)
        {
            var (last, lastDate, covered) = (_last[d], _lastDate[d], _covered[d]);
            _count[d]++;
            var gain = Math.Min(_count[d], _quota[d]) - Math.Min(_count[d] - 1, _quota[d]);
            _fair += gain;
            _last[d] = q;
            _lastDate[d] = _dates[q];
            _today[d]++;
            if (_tracked[d] && !covered && q <= RiskEnd)
            {
                _covered[d] = true;
                _coveredRisk += _e._risk[d];
            }

            _schedule[q] = d;
            if (Search(q + 1))
            {
                return true;
            }

            _schedule[q] = -1;
            if (_covered[d] != covered)
            {
                _covered[d] = covered;
                _coveredRisk -= _e._risk[d];
            }

            _today[d]--;
            (_last[d], _lastDate[d]) = (last, lastDate);
            _fair -= gain;
            _count[d]--;
            return false;
        }

        private bool Leaf()
        {
            if (_fair < _requiredFair || _coveredRisk < _requiredRisk)
            {
                return false;
            }

            if (_accept(_schedule))
            {
                return true;
            }

            _stop = ++_leaves >= RepairReplays;
            return false;
        }

        // Whether the plan's fair coverage and high-risk coverage can still be reached from this state.
        private bool Promising(int q)
        {
            var gain = 0.0;
            for (var d = 0; d < _n; d++)
            {
                if (_count[d] < _cap[d] && !Closed(d, q))
                {
                    var more = Math.Min(_cap[d] - _count[d], _usable[d][q]);
                    gain += Math.Min(_count[d] + more, _quota[d]) - Math.Min(_count[d], _quota[d]);
                }
            }

            if (_fair + Math.Min(gain, _slots - q) < _requiredFair)
            {
                return false;
            }

            if (_coveredRisk >= _requiredRisk)
            {
                return true;
            }

            if (q > RiskEnd)
            {
                return false;
            }

            var possible = _coveredRisk;
            for (var d = 0; d < _n; d++)
            {
                if (_tracked[d] && !_covered[d] && _count[d] < _cap[d] && !Closed(d, q) && _next[d][q] <= RiskEnd)
                {
                    possible += _e._risk[d];
                }
            }

            return possible >= _requiredRisk;
        }

        // Within its share, a session at slot q would be further than its bound after its last one.
        private bool PastBound(int d, int q) => _count[d] < _target[d] && _last[d] >= 0 && q - _last[d] > _bound[d];

        // Its bound runs and no slot it could use comes in time: it gets no further session.
        private bool Closed(int d, int q)
        {
            if (_count[d] >= _target[d] || _last[d] < 0)
            {
                return false;
            }

            var start = q;
            if (_e._policy.MinGapDays > 0 && _lastDate[d] is { } l)
            {
                var after = l.PlusDays(_e._policy.MinGapDays);
                var i = Array.BinarySearch(_dates, after);
                start = Math.Max(start, i >= 0 ? FirstOf(i) : ~i);
            }

            return (start < _slots ? _next[d][start] : _slots) > _last[d] + _bound[d];
        }

        private int FirstOf(int i)
        {
            while (i > 0 && _dates[i - 1] == _dates[i])
            {
                i--;
            }

            return i;
        }

        // Earliest deadline first: the bound's deadline or the pace's due slot, whichever is earlier; above the share last.
        private double Due(int d)
        {
            if (_count[d] >= _target[d])
            {
                return double.MaxValue;
            }

            var pace = (2.0 * _count[d] + 1) * _e._seats / (2.0 * _target[d]);
            return _last[d] >= 0 ? Math.Min(pace, _last[d] + _bound[d]) : pace;
        }

        // The state as far as the rest of the search depends on it: the slot, each district's sessions, its last slot
        // while its bound runs or its minimum gap is still open, its sessions today, and the high-risk districts
        // answered while the window is open.
        private string Key(int q)
        {
            var sb = _key.Clear().Append(q);
            var date = _dates[q];
            for (var d = 0; d < _n; d++)
            {
                var gapOpen = _e._policy.MinGapDays > 0 && _lastDate[d] is { } l && Period.DaysBetween(l, date) < _e._policy.MinGapDays;
                var last = (_count[d] < _target[d] && _last[d] >= 0) || gapOpen ? _last[d] : -1;
                sb.Append('|').Append(_count[d]).Append(',').Append(last).Append(',').Append(_today[d]);
                if (_tracked[d] && q <= RiskEnd)
                {
                    sb.Append(_covered[d] ? '+' : '-');
                }
            }

            return sb.ToString();
        }
    }
}
