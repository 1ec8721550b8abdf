using Dalhaengi.Core.Partners;
using NodaTime;

namespace Dalhaengi.Core.Rotation;

// An upper bound on fair coverage, so the improvement phase stops as soon as a plan reaches it instead of spending
// its trials on a plan nothing can beat. A relaxation: each district gets at most the sessions that fit its own
// plannable days (sites and fair days, partners' weekdays and blackouts, the minimum gap; packed earliest first, the
// most a gap allows), all districts together at most the slots and, per required role, what its partners can staff
// (each day at most the slots and the teams of partners available then; capped partners at most their caps); the
// best steps of Σ min(n, q) within those limits.
internal sealed partial class PlannerEngine
{
    // Computed from this engine's state after a run: counts held sessions (before from) as they are.
    private double FairBound(LocalDate from)
    {
        if (_seats == 0)
        {
            return 1;
        }

        var days = _slotDates.Where(p => p.Value >= from).GroupBy(p => p.Value).Select(g => (Date: g.Key, Slots: g.Count())).OrderBy(g => g.Date).ToList();
        var slots = days.Sum(d => d.Slots);
        var total = Math.Min(slots, Math.Min(_seats, RoleCapacity(days)));
        var steps = new List<double>();
        var value = 0.0;
        for (var d = 0; d < _districts.Length; d++)
        {
            var before = _dates[d].Where(x => x < from).ToList();
            var q = Quota(d);
            value += Math.Min(before.Count, q);
            var fit = 0;
            LocalDate? last = before.Count > 0 ? before[^1] : null;
            var gap = Math.Max(1, _policy.MinGapDays);
            foreach (var (date, count) in days)
            {
                if (_sites[d].Length == 0 || !OpenSiteExists(d, date) || !_teams.CouldStaff(d, date))
                {
                    continue;
                }

                var take = _policy.MinGapDays == 0 ? Math.Min(count, OpenSites(d, date)) : 1;
                if (last is { } l && Period.DaysBetween(l, date) < gap)
                {
                    continue;
                }

                for (var k = 0; k < take; k++)
                {
                    var n = before.Count + fit + 1;
                    steps.Add(Math.Max(0, Math.Min(n, q) - Math.Min(n - 1, q)));
                    fit++;
                }

                last = date;
            }
        }

        value += steps.OrderDescending().Take(total).Sum();
        return value / _seats;
    }

    // Per required role, the sessions its rotating partners can staff from the plan's start: each day at most its
    // slots and the teams of the partners available then, the capped partners' share at most their caps (season cap,
    // or the sum of monthly caps). A role an always-present partner or an office covers is not bounded here. Each day's
    // sessions need every role, so the days may also be split among the roles, each day bounded by the role that is
    // scarcest there (fewest uncapped teams): the sum over roles of what each can staff on its own days is a bound too.
    private int RoleCapacity(List<(LocalDate Date, int Slots)> days)
    {
        var partners = _request.Roster.Partners;
        var roles = new List<List<Partners.PartnerOrganization>>();
        foreach (var requirement in _policy.RequiredCategories)
        {
            var covers = partners.Where(p => p.Services.Any(s => requirement.AnyOf.Contains(_request.Roster.GetService(s).Category))).ToList();
            if (!covers.Exists(p => p.Presence != PartnerPresence.Rotating))
            {
                roles.Add(covers);
            }
        }

        if (roles.Count == 0)
        {
            return int.MaxValue;
        }

        var all = Enumerable.Range(0, days.Count).ToList();
        var best = roles.Min(r => Staffable(r, days, all));
        var scarcest = new List<int>[roles.Count];
        for (var r = 0; r < roles.Count; r++)
        {
            scarcest[r] = [];
        }

        for (var t = 0; t < days.Count; t++)
        {
            var r = Enumerable.Range(0, roles.Count).MinBy(r => (Free(roles[r], days[t].Date), r));
            scarcest[r].Add(t);
        }

        var split = Enumerable.Range(0, roles.Count).Sum(r => Staffable(roles[r], days, scarcest[r]));
        return (int)Math.Min(int.MaxValue, Math.Min(best, split));

        static long Free(List<Partners.PartnerOrganization> covers, LocalDate date) =>
            covers.Where(p => p.Availability.IsAvailableOn(date) && p.Availability is { MaxSessionsPerSeason: null, MaxSessionsPerMonth: null }).Sum(p => (long)p.Availability.Teams);
    }

    // The sessions one role's partners can staff on the listed days.
    private static long Staffable(List<Partners.PartnerOrganization> covers, List<(LocalDate Date, int Slots)> days, List<int> on)
    {
        var uncapped = 0L;
        var any = 0L;
        foreach (var t in on)
        {
            var (date, count) = days[t];
            var free = covers.Where(p => p.Availability.IsAvailableOn(date) && p.Availability is { MaxSessionsPerSeason: null, MaxSessionsPerMonth: null }).Sum(p => (long)p.Availability.Teams);
            var available = covers.Where(p => p.Availability.IsAvailableOn(date)).Sum(p => (long)p.Availability.Teams);
            uncapped += Math.Min(count, free);
            any += Math.Min(count, available);
        }

        var capped = 0L;
        foreach (var p in covers.Where(p => p.Availability is not { MaxSessionsPerSeason: null, MaxSessionsPerMonth: null }))
        {
            var a = p.Availability;
            var byMonth = on.Select(t => days[t]).Where(d => a.IsAvailableOn(d.Date)).GroupBy(d => (d.Date.Year, d.Date.Month))
                .Sum(g => Math.Min(a.MaxSessionsPerMonth ?? int.MaxValue, (long)g.Sum(d => Math.Min(d.Slots, a.Teams))));
            capped += Math.Min(a.MaxSessionsPerSeason ?? long.MaxValue, byMonth);
        }

        return Math.Min(any, uncapped + capped);
    }
}
