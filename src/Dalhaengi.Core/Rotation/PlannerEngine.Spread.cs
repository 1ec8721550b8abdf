using Dalhaengi.Core.Geography;
using NodaTime;

namespace Dalhaengi.Core.Rotation;

// The longest-gap bound as a deadline. A district under its share, after a session at slot L, is due its next one by
// slot D = L + ⌊MaxGapFactor · S ÷ T⌋; its effective deadline E is the last slot up to D it can use at all (a site
// open that day, partners whose weekdays and blackouts allow a team, its minimum gap kept). Before a district takes a
// slot, a look-ahead runs earliest-deadline-first over every district whose bound runs (the candidate's new one
// included) for three bounds past the last current deadline; a candidate that would make some deadline fail is held
// back and the next in the usual order is tried, so pace decides whenever the bounds allow. When every candidate is
// held back, the districts whose bound runs go first, earliest deadline first. A district whose effective deadline
// has passed (or that has no slot it can use in time) goes first as soon as it can be served, to overrun as little as
// it must. Finding a schedule that meets every bound is pinwheel scheduling (NP-hard in general), so this is a
// heuristic; PlannerEngine.GapRepair.cs repairs small plans it leaves past a bound, and docs/rotation.md says exactly
// what is guaranteed and how that is tested.
internal sealed partial class PlannerEngine
{
    // Whether this engine keeps the bound as a deadline; off for the search's own starts (see Plan).
    private readonly bool _gapLookAhead;

    private LocalDate[] _positionDates = [];
    private int[] _positionDay = [];
    private long[] _gapDeadline = [];
    private long[] _gapLatest = [];
    private readonly List<int> _gapRunning = [];
    private bool[] _gapListed = [];
    private int[] _gapForced = [];
    private sbyte[]?[] _usableDay = [];
    private int _dayCount;
    private int[] _heldBack = [];

    // The date of every slot number (held sessions before the plan's start, then the plannable slots), so the
    // look-ahead can see which future slots a district could use.
    private void PreparePositions(LocalDate from, SortedDictionary<LocalDate, List<HeldSession>> heldByDate, List<LocalDate> allDates, Dictionary<LocalDate, SkippedSlot?> skipOf)
    {
        var dates = new List<LocalDate>();
        var days = new List<int>();
        var day = 0;
        foreach (var date in allDates)
        {
            var slots = date < from
                ? (heldByDate.GetValueOrDefault(date)?.Count(h => h.Status == HeldSessionStatus.Held) ?? 0)
                : skipOf.GetValueOrDefault(date) is null && skipOf.ContainsKey(date) ? _season.SessionsPerDay : 0;
            for (var i = 0; i < slots; i++)
            {
                dates.Add(date);
                days.Add(day);
            }

            if (slots > 0)
            {
                day++;
            }
        }

        _positionDates = [.. dates];
        _positionDay = [.. days];
        _dayCount = day;
        var n = _districts.Length;
        _gapDeadline = new long[n];
        _gapLatest = new long[n];
        _gapListed = new bool[n];
        _gapForced = new int[n];
        _usableDay = new sbyte[n][];
        _heldBack = new int[n];
    }

    private long GapBound(int d) => (long)Math.Floor(_policy.MaxGapFactor * _seats / _target[d]);

    // After a session of d at slot position: its new deadline and effective deadline, and whether its bound runs.
    private void UpdateGap(int d, int position)
    {
        var running = _gapLookAhead && _count[d] < _target[d];
        if (running)
        {
            var deadline = position + GapBound(d);
            _gapDeadline[d] = deadline;
            var latest = -1L;
            if (deadline >= _positionDates.Length)
            {
                // The bound runs past the season's last slot: nothing to meet.
                latest = deadline;
            }
            else
            {
                for (var q = deadline; q > position; q--)
                {
                    if (Capacity(d, (int)q, _lastDate[d]) > (_positionDates[q] == _lastDate[d] ? TodayCount(d, _positionDates[q]) : 0))
                    {
                        latest = q;
                        break;
                    }
                }
            }

            _gapLatest[d] = latest;
            if (!_gapListed[d])
            {
                _gapListed[d] = true;
                _gapRunning.Add(d);
            }
        }
        else if (_gapListed[d])
        {
            _gapListed[d] = false;
            _gapRunning.Remove(d);
        }
    }

    // How many sessions district d could hold in slot q's day: 0 within its minimum gap after last, else its sites
    // open that day when partners' weekdays and blackouts allow a team (partner caps left aside). Cached per day.
    private int Capacity(int d, int q, LocalDate? last)
    {
        var date = _positionDates[q];
        if (last is { } l && _policy.MinGapDays > 0 && Period.DaysBetween(l, date) < _policy.MinGapDays)
        {
            return 0;
        }

        var cache = _usableDay[d] ??= new sbyte[_dayCount];
        ref var known = ref cache[_positionDay[q]];
        if (known == 0)
        {
            known = (sbyte)(_teams.CouldStaff(d, date) ? 1 + Math.Min(100, OpenSites(d, date)) : 1);
        }

        return known - 1;
    }

    private int OpenSites(int d, LocalDate date)
    {
        var open = 0;
        foreach (var s in _sites[d])
        {
            if (s.Site.Kind != SiteKind.TraditionalMarket || !_policy.MarketsOnFairDaysOnly || s.Site.IsFairDay(date.Day))
            {
                open++;
            }
        }

        return open;
    }

    // The look-ahead: with slot position given to district served, runs earliest-deadline-first over the districts
    // whose bound runs (served's new bound included) from the next slot to the last current deadline, and says whether
    // every deadline is met. Overdue districts are left out: they have lost their bound and go first anyway.
    private bool BoundsHoldAfter(int served, int position)
    {
        var listed = _gapListed[served];
        var count = _gapRunning.Count + (listed ? 0 : 1);
        var who = new int[count];
        var next = new long[count];
        var last = new LocalDate?[count];
        var today = new int[count];
        var left = new int[count];
        var horizon = -1L;
        var reach = 0L;
        var date = _positionDates[position];
        for (var i = 0; i < count; i++)
        {
            var d = who[i] = i < _gapRunning.Count ? _gapRunning[i] : served;
            last[i] = _lastDate[d];
            today[i] = last[i] == date ? TodayCount(d, date) : 0;
            if (d == served)
            {
                left[i] = _policy.MaxGapFactor > 0 ? Math.Max(0, _target[d] - _count[d] - 1) : 0;
                next[i] = position + (left[i] > 0 ? GapBound(d) : 0);
                last[i] = date;
                today[i] = (listed && _lastDate[d] == date ? today[i] : 0) + 1;
            }
            else if (_gapLatest[d] >= position)
            {
                left[i] = _target[d] - _count[d];
                next[i] = _gapDeadline[d];
            }

            if (next[i] >= _positionDates.Length)
            {
                left[i] = 0;
            }

            if (left[i] > 0)
            {
                horizon = Math.Max(horizon, next[i]);
                reach = Math.Max(reach, GapBound(d));
            }
        }

        // Three bounds further than the last current deadline, so a chain of sessions that only fails a few
        // deadlines later (a minimum gap against a short bound, markets on fair days) is seen too.
        horizon = horizon < 0 ? horizon : Math.Min(_positionDates.Length - 1, horizon + (3 * reach));

        for (var q = position + 1; q <= horizon; q++)
        {
            var day = _positionDates[q];
            var pick = -1;
            for (var i = 0; i < count; i++)
            {
                if (left[i] == 0)
                {
                    continue;
                }

                if (next[i] < q)
                {
                    return false;
                }

                var sameDay = last[i] == day;
                if ((pick < 0 || next[i] < next[pick]) && Capacity(who[i], q, sameDay ? null : last[i]) > (sameDay ? today[i] : 0)
                    && (!sameDay || _policy.MinGapDays == 0))
                {
                    pick = i;
                }
            }

            if (pick >= 0)
            {
                today[pick] = last[pick] == day ? today[pick] + 1 : 1;
                last[pick] = day;
                left[pick]--;
                next[pick] = q + GapBound(who[pick]);
                if (next[pick] >= _positionDates.Length)
                {
                    left[pick] = 0;
                }
            }
        }

        for (var i = 0; i < count; i++)
        {
            if (left[i] > 0 && next[i] <= horizon)
            {
                return false;
            }
        }

        return true;
    }

    // Sessions district d already has on date (its dates are in order, so only the tail is read).
    private int TodayCount(int d, LocalDate date)
    {
        var dates = _dates[d];
        var n = 0;
        for (var i = dates.Count - 1; i >= 0 && dates[i] == date; i--)
        {
            n++;
        }

        return n;
    }

    // The last slot that keeps district d within its bound (the raw deadline, for the reasons).
    private long SpreadDeadline(int d) => _gapDeadline[d];

    // The deadline the order uses: the effective deadline, or the raw one when no slot in time can be used.
    private long GapKey(int d) => _gapLatest[d] >= 0 ? _gapLatest[d] : _gapDeadline[d];

    // Overdue: its effective deadline has passed or never existed. It goes first as soon as it can be served.
    private bool Overdue(int d, int position) => _gapListed[d] && _gapLatest[d] < position;

    // A district under its share whose bound decides this slot: overdue, or forced by the look-ahead. It goes before
    // every district that is merely behind its pace, since pace is a target and the bound a limit.
    private bool Urgent(int d, int position) =>
        _gapListed[d] && _lastPosition[d] >= 0 && _count[d] < _target[d] && (_gapForced[d] == _slotStamp || Overdue(d, position));
}
