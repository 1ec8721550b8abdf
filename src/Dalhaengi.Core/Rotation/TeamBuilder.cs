using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;
using NodaTime;

namespace Dalhaengi.Core.Rotation;

/// <summary>
/// Builds a session's team and tracks partner load: always-present partners, the visited district's township office,
/// one partner per uncovered required category (uncapped partners first, then the least used), then every other
/// available partner, paced so a capped partner spreads its sessions over the season.
/// </summary>
/// <remarks>
/// Capacity is tracked per unit: one unit per partner, or one per district for a local partner that stands for every
/// district's office. All slots of a day are simultaneous, so a unit staffs at most <see cref="PartnerAvailability.Teams"/> a day.
/// </remarks>
internal sealed partial class TeamBuilder
{
    private readonly PartnerOrganization[] _partners;
    private readonly int[] _categories;
    private readonly int[] _unitBase;
    private readonly bool[] _perDistrict;
    private readonly bool[] _servesAll;
    private readonly int[][] _listedIn;
    private readonly int _districtCount;
    private readonly int[] _always;
    private readonly int[][] _rotatingFor;
    private readonly int[][] _localFor;
    private readonly (int Mask, string Label)[] _requirements;
    private readonly bool[] _critical;
    private readonly RotationPolicy _policy;
    private readonly int[] _season;
    private readonly Dictionary<(int Unit, int Month), int> _month = [];
    private readonly int[] _busiestMonth;
    private readonly int[] _today;
    private readonly List<int> _touched = [];
    private readonly int[] _inTeam;
    private readonly Dictionary<PartnerId, int> _index = [];
    private int _teamStamp;
    private bool[]? _unrestrictedFor;

    /// <summary>
    /// Whether, among partners equally capped, the one covering fewer uncovered roles goes first: a capped multi-role
    /// partner is then kept for the sessions where only it can fill a role, and a monthly cap that would expire unused
    /// is spent instead. The improvement phase tries this as a second start.
    /// </summary>
    internal bool SpareMultiRole { get; init; }

    /// <summary>
    /// Partners the improvement phase keeps off the teams of given days (date, roster index): a capped partner spent
    /// where another would do is then left for a later session only it can staff. Null outside the search.
    /// </summary>
    internal IReadOnlySet<(LocalDate Date, int Partner)>? Avoid { get; set; }

    internal TeamBuilder(PartnerRoster roster, District[] districts, RotationPolicy policy, List<RotationWarning> warnings)
    {
        _policy = policy;
        _partners = [.. roster.Partners];
        var n = _partners.Length;
        _categories = new int[n];
        _unitBase = new int[n];
        _perDistrict = new bool[n];
        _servesAll = new bool[n];
        _inTeam = new int[n];
        _districtCount = districts.Length;

        // Who serves which district, indexed once from the partners' own lists: a partner listing districts is found
        // through them, so the cost is partners + listings, not partners × districts.
        var districtIndex = new Dictionary<DistrictCode, int>(districts.Length);
        for (var d = 0; d < districts.Length; d++)
        {
            districtIndex[districts[d].Code] = d;
        }

        var listed = new List<int>?[districts.Length];
        var units = 0;
        for (var p = 0; p < n; p++)
        {
            var partner = _partners[p];
            _index[partner.Id] = p;
            foreach (var code in partner.Services)
            {
                _categories[p] |= 1 << (int)roster.GetService(code).Category;
            }

            _perDistrict[p] = partner.Presence == PartnerPresence.Local && partner.Districts.Count == 0;
            _unitBase[p] = units;
            units += _perDistrict[p] ? Math.Max(1, districts.Length) : 1;
            _servesAll[p] = partner.Districts.Count == 0;
            foreach (var code in partner.Districts)
            {
                if (districtIndex.TryGetValue(code, out var d))
                {
                    (listed[d] ??= []).Add(p);
                }
            }
        }

        _listedIn = [.. listed.Select(l => l is null ? [] : l.ToArray())];
        _season = new int[units];
        _today = new int[units];
        _busiestMonth = new int[units];
        _always = [.. Enumerable.Range(0, n).Where(p => _partners[p].Presence == PartnerPresence.AlwaysPresent)];
        var rotatingAll = Enumerable.Range(0, n).Where(p => _partners[p].Presence == PartnerPresence.Rotating && _servesAll[p]).ToArray();
        _rotatingFor = [.. _listedIn.Select(l => rotatingAll.Concat(l.Where(p => _partners[p].Presence == PartnerPresence.Rotating)).Order().ToArray())];

        // Offices that list the district come before one standing for every district.
        var localAll = Enumerable.Range(0, n).Where(p => _partners[p].Presence == PartnerPresence.Local && _servesAll[p]).ToArray();
        var locals = localAll.Length + _listedIn.Sum(l => l.Count(p => _partners[p].Presence == PartnerPresence.Local));
        _localFor = [.. _listedIn.Select(l => l.Where(p => _partners[p].Presence == PartnerPresence.Local).Concat(localAll).ToArray())];
        if (policy.RequireLocalOffice)
        {
            if (locals == 0 && districts.Length > 0 && n > 0)
            {
                warnings.Add(new("no-local-office", "the roster has no township office; teams are planned without one"));
            }
            else if (locals > 0)
            {
                for (var d = 0; d < districts.Length; d++)
                {
                    if (_localFor[d].Length == 0)
                    {
                        warnings.Add(new("no-local-office", $"the roster has no township office for {districts[d].Name.Korean}; its teams are planned without one"));
                    }
                }
            }
        }

        _requirements = [.. policy.RequiredCategories.Select(r => (r.AnyOf.Aggregate(0, (m, c) => m | (1 << (int)c)), r.ToString()))];
        _critical = [.. Enumerable.Range(0, n).Select(IsCritical)];
    }

    // A capped partner is critical when it can fill a required category that no partner free of caps and restrictions
    // also fills: spending its capped sessions on optional attendance could leave a later session without that role
    // (measured against CP-SAT: the "tight" instance in docs/benchmarks.md).
    private bool IsCritical(int p)
    {
        _unrestrictedFor ??= [.. _requirements.Select(r => Enumerable.Range(0, _partners.Length).Any(q => (_categories[q] & r.Mask) != 0 && Unrestricted(q)))];
        return Capped(p) && _requirements.Where((r, i) => (_categories[p] & r.Mask) != 0 && !_unrestrictedFor[i]).Any();

        bool Capped(int q) => _partners[q].Availability is { } a && (a.MaxSessionsPerSeason is not null || a.MaxSessionsPerMonth is not null);

        bool Unrestricted(int q) => !Capped(q) && _partners[q].Availability.Weekdays.Count == 0 && _partners[q].Availability.Blackouts.Count == 0
            && _partners[q].Presence != PartnerPresence.Local && _partners[q].Districts.Count == 0;
    }

    /// <summary>
    /// Tells whether a team for district <paramref name="d"/> could be built on a date whatever the partners have used
    /// of their capacity: the weekdays, blackouts and districts of the partners alone, with any of its offices. Used to
    /// tell an infeasible share from one the planner gave away, and by the longest-gap look-ahead and repair as the
    /// days a district can use at all, so it must never say no where <see cref="Build"/> could say yes.
    /// </summary>
    internal bool CouldStaff(int d, LocalDate date)
    {
        foreach (var p in _always)
        {
            if (Serves(p, d) && !_partners[p].Availability.IsAvailableOn(date))
            {
                return false;
            }
        }

        var mask = 0;
        foreach (var p in _always)
        {
            mask |= Serves(p, d) ? _categories[p] : 0;
        }

        foreach (var p in _rotatingFor[d])
        {
            if (MayServe(p, date))
            {
                mask |= _categories[p];
            }
        }

        // Any office that may come will do: Build takes the first one that can attend, so once the first has used its
        // caps another stands in, and its roles count (checking only the first said "no team" on days Build staffed).
        return !_policy.RequireLocalOffice || _localFor[d].Length == 0
            ? Covers(mask)
            : Array.Exists(_localFor[d], p => MayServe(p, date) && Covers(mask | _categories[p]));

        bool MayServe(int p, LocalDate date) =>
            _partners[p].Availability.IsAvailableOn(date) && (_partners[p].Availability.MaxSessionsPerSeason ?? 1) > 0 && (_partners[p].Availability.MaxSessionsPerMonth ?? 1) > 0;

        bool Covers(int m) => Array.TrueForAll(_requirements, r => (m & r.Mask) != 0);
    }

    // Whether office o, the always-present partners and the rotating partners who can attend cover every requirement:
    // then the greedy in Build completes the team (each uncovered role has a partner not yet on it).
    private bool Completes(int o, int d, LocalDate date)
    {
        var mask = _categories[o];
        foreach (var p in _always)
        {
            mask |= Serves(p, d) ? _categories[p] : 0;
        }

        foreach (var p in _rotatingFor[d])
        {
            mask |= CanAttend(p, d, date) && !Avoided(p, date) ? _categories[p] : 0;
        }

        return Array.TrueForAll(_requirements, r => (mask & r.Mask) != 0);
    }

    /// <summary>Whether partner <paramref name="p"/> has a season or monthly cap, so that spending it early can starve a later session.</summary>
    internal bool IsCapped(int p) => _partners[p].Availability is { } a && (a.MaxSessionsPerSeason is not null || a.MaxSessionsPerMonth is not null);

    /// <summary>
    /// Tells whether a required member <paramref name="p"/> of district <paramref name="d"/>'s team on a date could be
    /// replaced: for every requirement only it fills there, another rotating partner serving the district, not on the
    /// team, covers it and is available that weekday outside its blackouts (its caps are left to the re-plan).
    /// </summary>
    internal bool Replaceable(int p, int d, LocalDate date, IReadOnlyList<TeamMember> team)
    {
        var others = 0;
        foreach (var m in team)
        {
            var q = IndexOf(m.Partner);
            others |= q == p ? 0 : _categories[q];
        }

        foreach (var (req, _) in _requirements)
        {
            if ((_categories[p] & req) == 0 || (others & req) != 0)
            {
                continue;
            }

            var found = false;
            foreach (var q in _rotatingFor[d])
            {
                if (q != p && (_categories[q] & req) != 0 && _partners[q].Availability.IsAvailableOn(date) && !team.Any(m => m.Partner == _partners[q].Id))
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    internal void StartDay()
    {
        foreach (var u in _touched)
        {
            _today[u] = 0;
        }

        _touched.Clear();
    }

    internal IReadOnlyList<TeamMember>? Build(int d, LocalDate date, out string? reason)
    {
        _teamStamp++;
        var members = new List<(int P, TeamRole Role)>();
        var mask = 0;
        foreach (var p in _always)
        {
            if (!Serves(p, d))
            {
                continue;
            }

            if (!CanAttend(p, d, date))
            {
                reason = $"without {_partners[p].Name.Korean} (always present) available";
                return null;
            }

            Add(p, TeamRole.AlwaysPresent);
        }

        if (_policy.RequireLocalOffice && _localFor[d].Length > 0)
        {
            // The first office that can attend and with whom the team can be completed; else the first that can attend
            // (the team then fails on the role nobody covers, and says so).
            var office = Array.FindIndex(_localFor[d], p => CanAttend(p, d, date) && Completes(p, d, date));
            office = office >= 0 ? office : Array.FindIndex(_localFor[d], p => CanAttend(p, d, date));
            if (office < 0)
            {
                reason = "without their township office available";
                return null;
            }

            Add(_localFor[d][office], TeamRole.LocalOffice);
        }

        foreach (var (req, label) in _requirements)
        {
            if ((mask & req) != 0)
            {
                continue;
            }

            var best = ForcedFor(req, d, date);
            foreach (var p in _rotatingFor[d])
            {
                if (best >= 0 && Forced is not null)
                {
                    break;
                }

                if ((_categories[p] & req) != 0 && _inTeam[p] != _teamStamp && CanAttend(p, d, date) && !Avoided(p, date)
                    && (best < 0 || LessLoaded(p, best, d, mask)))
                {
                    best = p;
                }
            }

            if (best < 0)
            {
                reason = $"without a partner for {label} available";
                return null;
            }

            Add(best, TeamRole.Required);
        }

        reason = null;
        return [.. members.OrderBy(m => m.P).Select(m => new TeamMember(_partners[m.P].Id, m.Role, _partners[m.P].Services))];

        void Add(int p, TeamRole role)
        {
            _inTeam[p] = _teamStamp;
            mask |= _categories[p];
            members.Add((p, role));
        }
    }

    /// <summary>
    /// Adds the optional partners to a team already committed. Called once a day's required teams are all placed, so
    /// optional attendance never takes a team a later slot of the same day needs.
    /// </summary>
    internal IReadOnlyList<TeamMember> AddOptional(int d, LocalDate date, int position, int seats, IReadOnlyList<TeamMember> team)
    {
        if (!_policy.IncludeOptionalPartners || (NoOptional is { } none && none.Contains(position)))
        {
            return team;
        }

        _teamStamp++;
        foreach (var m in team)
        {
            _inTeam[IndexOf(m.Partner)] = _teamStamp;
        }

        var added = new List<TeamMember>();
        foreach (var p in _rotatingFor[d])
        {
            if (_inTeam[p] != _teamStamp && CanAttend(p, d, date) && !Avoided(p, date) && OnPace(p, d, position, seats) && CanSpare(p, d, position, seats))
            {
                Count(p, d, date);
                added.Add(new TeamMember(_partners[p].Id, TeamRole.Optional, _partners[p].Services));
            }
        }

        return added.Count == 0 ? team : [.. team.Concat(added).OrderBy(m => m.Partner.Value, StringComparer.Ordinal)];
    }

    internal void Commit(int d, LocalDate date, IReadOnlyList<TeamMember> team)
    {
        foreach (var m in team)
        {
            Count(IndexOf(m.Partner), d, date);
        }
    }

    internal IReadOnlyList<TeamMember> CommitHeld(int d, LocalDate date, IReadOnlyList<PartnerId> partners)
    {
        var team = new List<TeamMember>();
        foreach (var id in partners)
        {
            var p = IndexOf(id);
            Count(p, d, date);
            team.Add(new TeamMember(id, TeamRole.Attended, _partners[p].Services));
        }

        return team;
    }

    internal IEnumerable<PartnerLoad> Loads()
    {
        for (var p = 0; p < _partners.Length; p++)
        {
            var units = _perDistrict[p] ? Math.Max(1, _districtCount) : 1;
            var busiest = 0;
            var busiestMonth = 0;
            for (var u = _unitBase[p]; u < _unitBase[p] + units; u++)
            {
                busiest = Math.Max(busiest, _season[u]);
                busiestMonth = Math.Max(busiestMonth, _busiestMonth[u]);
            }

            var a = _partners[p].Availability;
            yield return new PartnerLoad(_partners[p].Id, busiest, a.MaxSessionsPerSeason, busiestMonth, a.MaxSessionsPerMonth);
        }
    }

    internal int IndexOf(PartnerId id)
    {
        return _index.TryGetValue(id, out var i) ? i : throw new KeyNotFoundException($"partner '{id}' is not in the roster");
    }

    private bool Avoided(int p, LocalDate date) => Avoid is { Count: > 0 } avoid && avoid.Contains((date, p));

    private bool Serves(int p, int d) => _servesAll[p] || Array.BinarySearch(_listedIn[d], p) >= 0;

    private int Unit(int p, int d) => _perDistrict[p] ? _unitBase[p] + d : _unitBase[p];

    private static int MonthKey(LocalDate date) => (date.Year * 12) + date.Month;

    private bool CanAttend(int p, int d, LocalDate date)
    {
        var a = _partners[p].Availability;
        var u = Unit(p, d);
        return _today[u] < a.Teams
            && (a.MaxSessionsPerSeason is not { } cap || _season[u] < cap)
            && (a.MaxSessionsPerMonth is not { } monthCap || _month.GetValueOrDefault((u, MonthKey(date))) < monthCap)
            && a.IsAvailableOn(date);
    }

    // Prefers a partner without any cap (capped partners are scarce across the season: a capped partner covering two
    // roles spent where uncapped ones would do leaves later sessions without either), then one covering more
    // still-uncovered requirements, then one without a season cap, then the lower share of its cap used, then fewer
    // sessions, then the id.
    private bool LessLoaded(int p, int q, int d, int mask)
    {
        var freeP = _partners[p].Availability is { MaxSessionsPerSeason: null, MaxSessionsPerMonth: null };
        var freeQ = _partners[q].Availability is { MaxSessionsPerSeason: null, MaxSessionsPerMonth: null };
        if (freeP != freeQ)
        {
            return freeP;
        }

        var coverP = _requirements.Count(r => (mask & r.Mask) == 0 && (_categories[p] & r.Mask) != 0);
        var coverQ = _requirements.Count(r => (mask & r.Mask) == 0 && (_categories[q] & r.Mask) != 0);
        if (coverP != coverQ)
        {
            return SpareMultiRole ? coverP < coverQ : coverP > coverQ;
        }

        var (up, uq) = (Unit(p, d), Unit(q, d));
        var capP = _partners[p].Availability.MaxSessionsPerSeason;
        var capQ = _partners[q].Availability.MaxSessionsPerSeason;
        if (capP is null != capQ is null)
        {
            return capP is null;
        }

        if (capP is { } cp && capQ is { } cq)
        {
            var c = (_season[up] * (long)cq).CompareTo(_season[uq] * (long)cp);
            if (c != 0)
            {
                return c < 0;
            }
        }

        return _season[up] != _season[uq] ? _season[up] < _season[uq] : p < q;
    }

    // A critical partner joins optionally only when its season cap could not bind even if it attended every remaining
    // slot; a monthly cap always might, so a critical partner with one never joins optionally.
    private bool CanSpare(int p, int d, int position, int seats)
    {
        if (!_critical[p])
        {
            return true;
        }

        var a = _partners[p].Availability;
        return a.MaxSessionsPerMonth is null
            && a.MaxSessionsPerSeason is { } cap
            && cap - _season[Unit(p, d)] - 1 >= seats - position - 1;
    }

    // A capped optional partner joins only while its sessions so far stay below its even share of the slots so far.
    private bool OnPace(int p, int d, int position, int seats)
    {
        return _partners[p].Availability.MaxSessionsPerSeason is not { } cap
            || checked(_season[Unit(p, d)] * (long)seats) < checked(cap * (long)(position + 1));
    }

    private void Count(int p, int d, LocalDate date)
    {
        var u = Unit(p, d);
        _season[u]++;
        var key = (u, MonthKey(date));
        var month = _month.GetValueOrDefault(key) + 1;
        _month[key] = month;
        _busiestMonth[u] = Math.Max(_busiestMonth[u], month);
        if (_today[u]++ == 0)
        {
            _touched.Add(u);
        }
    }
}
