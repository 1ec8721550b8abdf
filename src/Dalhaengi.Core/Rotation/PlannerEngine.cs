using Dalhaengi.Core.Geography;
using NodaTime;

namespace Dalhaengi.Core.Rotation;

/// <summary>
/// One run of the rotation planner: a chronological greedy over the season's slots. Each slot goes to the feasible
/// district due earliest under its fair share (earliest-deadline-first on the even pace of every district), to the
/// least recently visited site there, with a team built from the roster. Cost is linear in slots × districts plus
/// sites; nothing depends on hash order, so the same inputs give the same plan.
/// </summary>
internal sealed partial class PlannerEngine
{
    private readonly RotationRequest _request;
    private readonly RotationPolicy _policy;
    private readonly Season _season;
    private readonly District[] _districts;
    private readonly Dictionary<DistrictCode, int> _districtIndex;
    private readonly SiteTable _sites;
    private readonly long[] _risk;
    private readonly long[] _weights;
    private long? _totalWeight;
    private readonly List<RotationWarning> _warnings = [];
    private readonly List<int> _under = [];
    private readonly List<PlannedSession> _sessions = [];
    private readonly List<SkippedSlot> _skipped = [];
    private readonly List<(int District, SiteState Site, LocalDate Date, int Slot, int Position, IReadOnlyList<TeamMember> Team, SessionRationale Why)> _pending = [];

    // District state.
    private readonly int[] _count;
    private readonly int[] _countSinceFrom;
    private readonly LocalDate?[] _lastDate;
    private readonly int[] _lastPosition;
    private readonly bool[] _riskEligible;
    private readonly bool[] _respondedBefore;
    private readonly List<LocalDate>[] _dates;
    private readonly bool[] _restRelaxedWarned;
    private int[] _target = [];
    private int _seats;
    private int _riskDeadline = -1;
    private int _dayStamp;
    private int _slotStamp;
    private readonly int[] _excluded;
    private readonly Dictionary<int, int>? _preferred;
    private readonly bool _spareMultiRole;
    private readonly Dictionary<int, int> _holder = [];
    private readonly Dictionary<int, LocalDate> _slotDates = [];
    private bool _improving;

    internal PlannerEngine(RotationRequest request, Dictionary<int, int>? preferred = null, bool spareMultiRole = false, bool gapLookAhead = true)
    {
        _gapLookAhead = gapLookAhead && request.Policy.MaxGapFactor > 0;
        _preferred = preferred;
        _spareMultiRole = spareMultiRole;
        _request = request;
        _policy = request.Policy;
        _season = request.Season;
        var m = request.Municipality;
        _districts = [.. m.Districts.OrderBy(d => d.Code.Value, StringComparer.Ordinal)];
        _districtIndex = [];
        for (var i = 0; i < _districts.Length; i++)
        {
            _districtIndex[_districts[i].Code] = i;
        }

        var n = _districts.Length;
        _count = new int[n];
        _countSinceFrom = new int[n];
        _lastDate = new LocalDate?[n];
        _lastPosition = new int[n];
        Array.Fill(_lastPosition, -1);
        _riskEligible = new bool[n];
        _respondedBefore = new bool[n];
        _dates = [.. Enumerable.Range(0, n).Select(_ => new List<LocalDate>())];
        _restRelaxedWarned = new bool[n];
        _excluded = new int[n];
        _risk = new long[n];
        foreach (var r in request.Risk)
        {
            if (_districtIndex.TryGetValue(r.District, out var i))
            {
                _risk[i] = r.HighOrUrgentHouseholds;
            }
            else
            {
                _warnings.Add(new("unknown-district", $"risk data names district '{r.District}', which the municipality does not have; ignored"));
            }
        }

        _weights = DistrictWeights.Resolve(_districts, m, _policy.Weight, _risk, request.Risk.Count > 0, _warnings);
        var restFromYear = _season.Dates.Start.Year - _policy.SiteRestSeasons;
        var lastHistory = new Dictionary<SiteId, LocalDate>();
        foreach (var h in request.History)
        {
            if (h.Date < _season.Dates.Start)
            {
                lastHistory[h.Site] = h.Date;
            }
        }

        // A district's site states are built the first time the planner looks at it: a province of 5,000 districts
        // plans a few hundred sessions, and building 50,000 site states up front was most of its cost.
        _sites = new SiteTable(n, i => [.. m.SitesIn(_districts[i].Code).OrderBy(s => s.Id.Value, StringComparer.Ordinal).Select(s =>
        {
            var last = lastHistory.TryGetValue(s.Id, out var date) ? date : (LocalDate?)null;
            return new SiteState(s, i, last, last is { } l && _policy.SiteRestSeasons > 0 && l.Year >= restFromYear);
        })]);
        for (var i = 0; i < n; i++)
        {
            if (m.SitesIn(_districts[i].Code).Count == 0)
            {
                _warnings.Add(new("district-without-sites", $"{_districts[i].Name.Korean} has no sites and gets no session"));
            }
        }

        foreach (var s in m.Sites)
        {
            if (_policy.MarketsOnFairDaysOnly && s.Kind == SiteKind.TraditionalMarket && s.FairDays.Count == 0 && _districtIndex.ContainsKey(s.District))
            {
                _warnings.Add(new("market-without-fair-days", $"{s.Name.Korean} has no known fair days and is never planned"));
            }
        }

        _teams = new TeamBuilder(request.Roster, _districts, _policy, _warnings) { SpareMultiRole = spareMultiRole };
    }

    private readonly TeamBuilder _teams;

    internal RotationPlan Run(LocalDate from, IReadOnlyList<HeldSession> held)
    {
        var heldByDate = PrepareHeld(from, held);
        var calendarDays = _season.WeekdayDates().ToList();
        var skipOf = calendarDays.ToDictionary(d => d, _season.CheckDay);
        CountSeats(from, heldByDate, calendarDays, skipOf);

        var allDates = calendarDays.Concat(heldByDate.Keys).Distinct().Order().ToList();
        PreparePositions(from, heldByDate, allDates, skipOf);
        var position = 0;
        var total = 0;
        foreach (var date in allDates)
        {
            _teams.StartDay();
            _dayStamp++;
            var skip = skipOf.GetValueOrDefault(date);
            if (date < from)
            {
                var records = heldByDate.GetValueOrDefault(date) ?? [];
                foreach (var h in records)
                {
                    if (h.Status == HeldSessionStatus.Held)
                    {
                        CommitHeld(h, position++);
                        total++;
                    }
                    else
                    {
                        _skipped.Add(new SkippedSlot(h.Date, h.Slot, SkipReason.Cancelled, $"cancelled: {FindSite(h.Site)!.Site.Name.Korean}"));
                    }
                }

                if (skip is not null && records.Count == 0 && skipOf.ContainsKey(date))
                {
                    _skipped.Add(skip);
                }
                else if (skip is null && skipOf.ContainsKey(date))
                {
                    for (var slot = 1; slot <= _season.SessionsPerDay; slot++)
                    {
                        if (!records.Any(r => r.Slot == slot))
                        {
                            _skipped.Add(new SkippedSlot(date, slot, SkipReason.NotHeld, "not in the held record"));
                        }
                    }
                }

                continue;
            }

            if (skip is not null)
            {
                _skipped.Add(skip);
                WarnIfProjected(date, skip);
                continue;
            }

            for (var slot = 1; slot <= _season.SessionsPerDay; slot++)
            {
                if (_season.MaxSessions is { } cap && total >= cap)
                {
                    _skipped.Add(new SkippedSlot(date, slot, SkipReason.SeasonCap, $"the season's cap of {cap} sessions is reached"));
                    continue;
                }

                if (PlanSlot(date, slot, position))
                {
                    total++;
                }

                position++;
            }

            FinishDay();
        }

        WarnMissedShares(from, calendarDays, skipOf);
        var quality = Quality(from);
        var warnings = _warnings.Distinct().OrderBy(w => w.Code, StringComparer.Ordinal).ThenBy(w => w.Message, StringComparer.Ordinal);
        return new RotationPlan(_request, from, _sessions, _skipped, warnings, quality);
    }

    // A projected election day (공직선거법 §34) is kept free, but it is confirmed only when the election is called.
    private void WarnIfProjected(LocalDate date, SkippedSlot skip)
    {
        if (skip.Reason == SkipReason.Holiday && _season.Calendar.FindHoliday(date) is { Kind: Calendar.HolidayKind.ProjectedElection } h)
        {
            _warnings.Add(new("projected-holiday", $"{date:uuuu'-'MM'-'dd} is kept free as {h.Name.Korean}, a day projected by 공직선거법 §34 and not yet in the shipped data; re-plan when it is confirmed"));
        }
    }

    private void CountSeats(LocalDate from, SortedDictionary<LocalDate, List<HeldSession>> heldByDate, List<LocalDate> days, Dictionary<LocalDate, SkippedSlot?> skipOf)
    {
        var held = heldByDate.Values.Sum(l => l.Count(h => h.Status == HeldSessionStatus.Held));
        var future = 0;
        var riskEnd = from.PlusDays(_policy.RiskResponseDays - 1);
        foreach (var d in days)
        {
            if (d < from || skipOf[d] is not null)
            {
                continue;
            }

            for (var slot = 0; slot < _season.SessionsPerDay; slot++)
            {
                if (d <= riskEnd)
                {
                    _riskDeadline = held + future;
                }

                future++;
            }
        }

        var seats = held + future;
        if (_season.MaxSessions is { } cap)
        {
            seats = Math.Max(held, Math.Min(cap, seats));
        }

        _seats = seats;
        _target = Apportionment.LargestRemainder(seats, _weights, _policy.GuaranteeOneSessionPerDistrict);
        for (var d = 0; d < _target.Length; d++)
        {
            if (_target[d] > 0)
            {
                _under.Add(d);
            }
        }

        MarkRiskResponse(from, heldByDate, _riskDeadline - held + 1);
    }

    // The districts the risk response window brings forward: those with high or urgent households and no held
    // session within RiskResponseDays before the plan's start (a re-plan counts what was held), most households first,
    // as many as the window has slots, so an over-full window does not leave its riskiest district waiting.
    private void MarkRiskResponse(LocalDate from, SortedDictionary<LocalDate, List<HeldSession>> heldByDate, int windowSlots)
    {
        var respondedSince = from.PlusDays(-_policy.RiskResponseDays);
        foreach (var (date, records) in heldByDate)
        {
            if (date > respondedSince)
            {
                foreach (var h in records)
                {
                    if (h.Status == HeldSessionStatus.Held)
                    {
                        _respondedBefore[FindSite(h.Site)!.District] = true;
                    }
                }
            }
        }

        var candidates = Enumerable.Range(0, _districts.Length).Where(d => _risk[d] > 0 && !_respondedBefore[d] && _sites[d].Length > 0)
            .OrderByDescending(d => _risk[d]).ThenByDescending(d => _weights[d]).ThenBy(d => d).Take(Math.Max(0, windowSlots));
        foreach (var d in candidates)
        {
            _riskEligible[d] = true;
        }
    }

    // A district below its share gets one of two warnings: share-infeasible when no plannable day had an open site, a
    // team its partners' weekdays, blackouts and districts allow, and the minimum gap to its own sessions; otherwise
    // share-missed, saying how many such days the planner gave to other districts (or partner caps used up).
    private void WarnMissedShares(LocalDate from, List<LocalDate> days, Dictionary<LocalDate, SkippedSlot?> skipOf)
    {
        for (var d = 0; d < _districts.Length; d++)
        {
            if (_count[d] >= _target[d])
            {
                continue;
            }

            var open = 0;
            foreach (var date in days)
            {
                if (date >= from && skipOf[date] is null && OpenSiteExists(d, date) && !WithinGap(d, date) && _teams.CouldStaff(d, date))
                {
                    open++;
                }
            }

            var name = _districts[d].Name.Korean;
            _warnings.Add(open == 0
                ? new("share-infeasible", $"{name} gets {_count[d]} of its fair share of {_target[d]} sessions: no day left had an open site, a team its partners' weekdays, blackouts and districts allow, and the {_policy.MinGapDays}-day gap to its own sessions")
                : new("share-missed", $"{name} gets {_count[d]} of its fair share of {_target[d]} sessions: {open} day(s) were open to it by calendar, site, gap and partner availability, but the planner gave them to other districts or partner caps were used up"
                    + (_heldBack[d] > 0 ? $"; {_heldBack[d]} time(s) it was held back to keep a district within its longest-gap bound" : string.Empty)));
        }
    }

    private bool OpenSiteExists(int d, LocalDate date) =>
        Array.Exists(_sites[d], s => s.Site.Kind != SiteKind.TraditionalMarket || !_policy.MarketsOnFairDaysOnly || s.Site.IsFairDay(date.Day));

    private bool WithinGap(int d, LocalDate date) =>
        _policy.MinGapDays > 0 && _dates[d].Exists(x => Math.Abs(Period.DaysBetween(x, date)) < _policy.MinGapDays);

    // The site state of a site of this municipality, or null.
    private SiteState? FindSite(SiteId id) =>
        _request.Municipality.FindSite(id) is { } site && _districtIndex.TryGetValue(site.District, out var d)
            ? Array.Find(_sites[d], s => s.Site.Id == id)
            : null;

    // Site states per district, built on first use.
    private sealed class SiteTable(int districts, Func<int, SiteState[]> build)
    {
        private readonly SiteState[]?[] _states = new SiteState[districts][];

        public SiteState[] this[int d] => _states[d] ??= build(d);
    }

    internal sealed class SiteState(Site site, int district, LocalDate? lastHistory, bool resting)
    {
        public Site Site { get; } = site;

        public int District { get; } = district;

        public LocalDate? LastHistory { get; } = lastHistory;

        public bool Resting { get; } = resting;

        public LocalDate? LastVisit { get; set; }

        public int UsedStamp { get; set; }

        public int Weight { get; } = site.Households ?? site.ElderlyResidents ?? 0;
    }
}
