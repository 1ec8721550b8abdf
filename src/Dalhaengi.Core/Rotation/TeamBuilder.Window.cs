using NodaTime;

namespace Dalhaengi.Core.Rotation;

// What the improvement phase's window repair needs from the team builder: the teams a district could have on a day
// under given partner capacity (the same rules as Build), and a way to make Build take the team the repair chose.
internal sealed partial class TeamBuilder
{
    /// <summary>
    /// Partners (roster index) Build takes first for the requirements they cover, when they can attend: the team the
    /// window repair chose for a slot. Null outside the repair.
    /// </summary>
    internal int[]? Forced { get; set; }

    /// <summary>Slot positions whose teams get no optional partners: the repair counted only their required members.</summary>
    internal IReadOnlySet<int>? NoOptional { get; set; }

    /// <summary>Capacity units (a partner, or a partner × district for an office standing for every district).</summary>
    internal int UnitCount => _season.Length;

    internal int UnitOf(int p, int d) => Unit(p, d);

    internal int SeasonCapOf(int p) => _partners[p].Availability.MaxSessionsPerSeason ?? int.MaxValue;

    internal int MonthCapOf(int p) => _partners[p].Availability.MaxSessionsPerMonth ?? int.MaxValue;

    internal int TeamsOf(int p) => _partners[p].Availability.Teams;

    internal static int MonthOf(LocalDate date) => MonthKey(date);

    // The first forced partner that covers the requirement and can attend, or -1.
    private int ForcedFor(int req, int d, LocalDate date)
    {
        if (Forced is not { } forced)
        {
            return -1;
        }

        foreach (var p in forced)
        {
            if ((_categories[p] & req) != 0 && _inTeam[p] != _teamStamp && Serves(p, d) && _partners[p].Presence == Partners.PartnerPresence.Rotating
                && CanAttend(p, d, date) && !Avoided(p, date))
            {
                return p;
            }
        }

        return -1;
    }

    /// <summary>
    /// The teams (required members only, roster indexes in order) Build could give district <paramref name="d"/> on a
    /// date when <paramref name="free"/> says which partners still have capacity: every always-present partner serving
    /// it, its first township office with capacity, and each combination of one rotating partner per requirement not yet
    /// covered. At most <paramref name="most"/> teams, capped partners last so the cheapest team is tried first.
    /// </summary>
    internal List<int[]> TeamOptions(int d, LocalDate date, Func<int, bool> free, int most)
    {
        var options = new List<int[]>();
        var members = new List<int>();
        var mask = 0;
        foreach (var p in _always)
        {
            if (!Serves(p, d))
            {
                continue;
            }

            if (!_partners[p].Availability.IsAvailableOn(date) || !free(p))
            {
                return options;
            }

            members.Add(p);
            mask |= _categories[p];
        }

        if (_policy.RequireLocalOffice && _localFor[d].Length > 0)
        {
            var office = Array.FindIndex(_localFor[d], p => _partners[p].Availability.IsAvailableOn(date) && free(p));
            if (office < 0)
            {
                return options;
            }

            members.Add(_localFor[d][office]);
            mask |= _categories[_localFor[d][office]];
        }

        var candidates = _rotatingFor[d].Where(p => _partners[p].Availability.IsAvailableOn(date) && !Avoided(p, date) && free(p))
            .OrderBy(p => IsCapped(p)).ThenBy(p => p).ToArray();
        Choose(0, mask);
        return options;

        void Choose(int r, int covered)
        {
            if (options.Count >= most)
            {
                return;
            }

            if (r == _requirements.Length)
            {
                options.Add([.. members.Order()]);
                return;
            }

            var req = _requirements[r].Mask;
            if ((covered & req) != 0)
            {
                Choose(r + 1, covered);
                return;
            }

            foreach (var p in candidates)
            {
                if ((_categories[p] & req) != 0 && !members.Contains(p))
                {
                    members.Add(p);
                    Choose(r + 1, covered | _categories[p]);
                    members.RemoveAt(members.Count - 1);
                }
            }
        }
    }
}
