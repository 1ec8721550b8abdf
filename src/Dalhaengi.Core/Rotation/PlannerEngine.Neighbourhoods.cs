using NodaTime;

namespace Dalhaengi.Core.Rotation;

internal sealed partial class PlannerEngine
{
    // The improvement phase's neighbourhoods, from this engine's final state, in the order they are tried: runs of
    // slots for a district below its quota, one slot for such a district, then a capped partner kept off a day.
    private IEnumerable<SearchChoices> Moves(LocalDate from, RotationPlan plan, SearchChoices choices)
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
        var positions = _slotDates.Where(p => p.Value >= from).Select(p => p.Key).Order().ToList();
        foreach (var u in takers)
        {
            if (Run(u, from, positions) is { Count: > 0 } run)
            {
                yield return choices.Prefer(run.Select(p => (p, u)));
            }
        }

        foreach (var move in SlotMoves(from, takers, gain, loss))
        {
            yield return choices.Prefer([move]);
        }

        foreach (var (date, partner) in PartnerMoves(from, plan, choices, gain, loss))
        {
            yield return choices.Without(date, partner);
        }
    }

    // Look-ahead for a district whose feasible slots are scarce (rare fair days, a partner on few weekdays): its
    // slots from the plan's start, as densely as its minimum gap allows, until it would reach its quota. The greedy
    // gives each to it where it is still feasible then, and repairs the rest.
    private List<int> Run(int u, LocalDate from, List<int> positions)
    {
        var run = new List<int>();
        var held = _dates[u].Count(x => x < from);
        var want = (int)Math.Ceiling(Quota(u) - 1e-9) - held;
        LocalDate? last = held > 0 ? _dates[u].Where(x => x < from).Max() : null;
        var gap = Math.Max(1, _policy.MinGapDays);
        foreach (var position in positions)
        {
            if (run.Count >= want)
            {
                break;
            }

            var date = _slotDates[position];
            if ((last is not { } l || Period.DaysBetween(l, date) >= gap) && OpenSiteExists(u, date) && _teams.CouldStaff(u, date))
            {
                run.Add(position);
                last = date;
            }
        }

        return run;
    }

    // A district below its quota (gain = what one more session adds to Σ min(n, q)) takes a planned slot from a
    // district that loses no more, where it could be served at all; best net gain first. A move even on paper can
    // still win: the district that gave the slot up may take a slot the greedy left empty.
    private IEnumerable<(int Position, int District)> SlotMoves(LocalDate from, List<int> takers, double[] gain, double[] loss)
    {
        var guarantee = _policy.GuaranteeOneSessionPerDistrict && _seats >= _districts.Length;
        var moves = new List<(int Position, int District, double Net)>();
        foreach (var u in takers)
        {
            foreach (var (position, holder) in _holder)
            {
                var date = _slotDates[position];
                // A district's only session is never taken under the one-session guarantee.
                if (holder == u || date < from || loss[holder] > gain[u] + 1e-9 || (guarantee && _count[holder] <= 1))
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

    // A capped partner whose cap binds (its season cap reached, or a month at its monthly cap), on the team of a
    // planned session in a required role another partner could fill that day: keeping it off that day leaves its
    // capacity to a later session only it can staff. Sessions of districts that lose least by a change first, then
    // by date.
    private IEnumerable<(LocalDate Date, int Partner)> PartnerMoves(LocalDate from, RotationPlan plan, SearchChoices choices, double[] gain, double[] loss)
    {
        var bestGain = gain.DefaultIfEmpty().Max();
        var binding = new HashSet<int>();
        foreach (var load in plan.Quality.Partners)
        {
            if ((load.SeasonCap is { } cap && load.Sessions >= cap) || (load.MonthCap is { } month && load.BusiestMonthSessions >= month))
            {
                binding.Add(_teams.IndexOf(load.Partner));
            }
        }

        if (binding.Count == 0)
        {
            return [];
        }

        var moves = new List<(LocalDate Date, int Partner, double Loss)>();
        foreach (var s in plan.Sessions)
        {
            if (s.Status != PlannedSessionStatus.Planned || s.Date < from)
            {
                continue;
            }

            var d = _districtIndex[s.District];
            foreach (var m in s.Team)
            {
                var p = _teams.IndexOf(m.Partner);
                if (m.Role != TeamRole.Required || !binding.Contains(p) || choices.Avoid.Contains((s.Date, p)))
                {
                    continue;
                }

                // Where no other partner can fill the role, keeping the partner off drops the session (or moves it):
                // worth a trial only when its district loses less than a district below its quota would gain.
                if (_teams.Replaceable(p, d, s.Date, s.Team))
                {
                    moves.Add((s.Date, p, loss[d]));
                }
                else if (loss[d] < bestGain - 1e-9)
                {
                    moves.Add((s.Date, p, 1 + loss[d]));
                }
            }
        }

        return moves.OrderBy(m => m.Loss).ThenBy(m => m.Date).ThenBy(m => m.Partner).Select(m => (m.Date, m.Partner)).Distinct();
    }
}
