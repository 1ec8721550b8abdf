using System.Globalization;
using System.Text;
using Dalhaengi.Core.Geography;
using NodaTime;

namespace Dalhaengi.Core.Rotation;

internal sealed partial class PlannerEngine
{
    // The total weight is summed once (the quality figures ask for every district's quota).
    internal double Quota(int d)
    {
        var total = _totalWeight ??= _weights.Sum();
        return total == 0 ? (double)_seats / _districts.Length : (double)_seats * _weights[d] / total;
    }

    // States the rule that decided the session: the rule that set the district's due slot (or the above-share order),
    // whether districts ranked before it were infeasible (and why), and the tie-break when the next-ranked district
    // was level with it on that rule.
    private SessionRationale Rationale(int d, SiteState site, LocalDate date, int position, SortedDictionary<string, int> blocked)
    {
        var under = _count[d] < _target[d];
        var (num, den, rule) = Due(d, position);
        var pick = _repairOrder is not null ? DistrictPick.GapRepair : _improving ? DistrictPick.Improvement : !under ? DistrictPick.AboveShare : rule switch
        {
            DueRule.HighRisk => DistrictPick.HighRiskResponse,
            DueRule.LongestGap => DistrictPick.LongestGap,
            _ => DistrictPick.FairShare,
        };
        double? due = under ? (double)num / den : null;
        int? since = _lastDate[d] is { } last ? Period.DaysBetween(last, date) : null;
        var quota = Quota(d);
        var fair = site.Site.Kind == SiteKind.TraditionalMarket && site.Site.IsFairDay(date.Day);
        var lastSite = site.LastVisit ?? site.LastHistory;
        var ic = CultureInfo.InvariantCulture;

        var sb = new StringBuilder();
        var name = _districts[d].Name.Korean;
        sb.Append(pick switch
        {
            DistrictPick.GapRepair => RepairReason(d, name, position),
            DistrictPick.Improvement => string.Create(ic, $"{name}: the improvement phase gave it this slot: the greedy order left it below its quota, and re-planning with this choice raised fair coverage (now slot {position})"),
            DistrictPick.HighRiskResponse => string.Create(ic, $"{name}: {_risk[d]} high/urgent households and no session within the {_policy.RiskResponseDays} days before the plan's start or since; brought forward into the response window (due at slot {due:0.0}, now slot {position})"),
            DistrictPick.LongestGap => LongestGapReason(d, name, position),
            DistrictPick.FairShare when due <= position => string.Create(ic, $"{name}: behind its fair pace, due earliest (due at slot {due:0.0}, now slot {position})"),
            DistrictPick.FairShare => string.Create(ic, $"{name}: ahead of its fair pace but due earliest of the districts under their share (due at slot {due:0.0}, now slot {position})"),
            _ => $"{name}: every feasible district had its share; highest Sainte-Laguë priority",
        });
        if (blocked.Count > 0 && !_improving && _repairOrder is null)
        {
            sb.Append("; districts ranked before it could not take the slot (")
                .AppendJoin(", ", blocked.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => string.Create(ic, $"{kv.Value} {kv.Key}")))
                .Append(')');
        }

        if (!_improving && _repairOrder is null && TieBreak(d, position) is { } tie)
        {
            sb.Append("; ").Append(tie);
        }

        sb.Append(ic, $"; session {_count[d] + 1} of its share {_target[d]} (quota {quota:0.00})");
        sb.Append(since is { } s ? string.Create(ic, $"; {s} days since its last session") : "; its first session this season");
        sb.Append("; ").Append(site.Site.Name.Korean).Append(": ");
        sb.Append(site.LastVisit is { } lv
            ? string.Create(ic, $"least recently visited (last {lv:uuuu'-'MM'-'dd})")
            : site.LastHistory is { } lh
                ? string.Create(ic, $"not yet visited this season (last {lh:uuuu'-'MM'-'dd})")
                : "never visited");
        if (fair)
        {
            sb.Append(", fair day");
        }

        if (site.Weight > 0)
        {
            sb.Append(ic, $", {site.Weight} households");
        }

        return new SessionRationale(pick, position, due, _count[d] + 1, _target[d], quota, since, (int)Math.Min(int.MaxValue, _risk[d]), lastSite, site.Weight, fair, sb.ToString());
    }

    // The longest-gap rule in words: the bound (MaxGapFactor × the fair interval S ÷ T after the last session), the
    // last slot before it the district can use, and whether it is overdue or the look-ahead could not leave it to pace.
    private string LongestGapReason(int d, string name, int position)
    {
        var ic = CultureInfo.InvariantCulture;
        var bound = string.Create(ic, $"the longest-gap bound ({_policy.MaxGapFactor:0.##} × its fair interval of {(double)_seats / _target[d]:0.0} slots after its last session at slot {_lastPosition[d]}) makes it due by slot {SpreadDeadline(d)}");
        var latest = _gapLatest[d] >= 0 && _gapLatest[d] != SpreadDeadline(d) ? string.Create(ic, $", and slot {_gapLatest[d]} is the last before that it can use") : string.Empty;
        return Overdue(d, position)
            ? _gapLatest[d] < 0
                ? string.Create(ic, $"{name}: {bound}, but no slot it could use came in time (site, team or minimum gap), so it goes before pace to overrun as little as it must (now slot {position})")
                : string.Create(ic, $"{name}: {bound}{latest}; that slot has passed, so it goes before pace (now slot {position})")
            : string.Create(ic, $"{name}: {bound}{latest}; giving this slot to pace would leave some district past its bound, so the bound goes before pace, earliest deadline first (now slot {position})");
    }

    // When the district ranked right after d is level with it on the deciding rule (the same due slot, or the same
    // Sainte-Laguë priority), names the tie-break that put d first; otherwise null.
    private string? TieBreak(int d, int position)
    {
        // Under its share, the next-ranked district that could be level with it is also under its share.
        var next = -1;
        IEnumerable<int> others = _count[d] < _target[d] ? _under : Enumerable.Range(0, _districts.Length);
        foreach (var e in others)
        {
            if (e != d && Compare(d, e, position) < 0 && (next < 0 || Compare(e, next, position) < 0))
            {
                next = e;
            }
        }

        if (next < 0 || (_count[d] < _target[d]) != (_count[next] < _target[next]) || Urgent(d, position) != Urgent(next, position))
        {
            return null;
        }

        bool level;
        if (_count[d] < _target[d])
        {
            var (na, da, _) = Due(d, position);
            var (nb, db, _) = Due(next, position);
            level = checked(na * db) == checked(nb * da);
        }
        else
        {
            level = checked(_weights[next] * ((2L * _count[d]) + 1)) == checked(_weights[d] * ((2L * _count[next]) + 1));
        }

        if (!level)
        {
            return null;
        }

        var other = _districts[next].Name.Korean;
        var ic = CultureInfo.InvariantCulture;
        return _risk[d] != _risk[next]
            ? string.Create(ic, $"tied with {other}, broken by more high/urgent households ({_risk[d]} against {_risk[next]})")
            : _weights[d] != _weights[next]
                ? string.Create(ic, $"tied with {other}, broken by the larger weight ({_weights[d]} against {_weights[next]})")
                : $"tied with {other}, broken by district code";
    }

    private SortedDictionary<LocalDate, List<HeldSession>> PrepareHeld(LocalDate from, IReadOnlyList<HeldSession> held)
    {
        var problems = new List<ValidationProblem>();
        var result = new SortedDictionary<LocalDate, List<HeldSession>>();
        var seen = new HashSet<(LocalDate, int)>();
        var ordered = held.OrderBy(h => h.Date).ThenBy(h => h.Slot).ThenBy(h => h.Site.Value, StringComparer.Ordinal).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var h = ordered[i];
            var where = string.Create(CultureInfo.InvariantCulture, $"held {h.Date:uuuu'-'MM'-'dd} slot {h.Slot}");
            if (FindSite(h.Site) is null)
            {
                problems.Add(new(where, $"site '{h.Site}' is not a site of {_request.Municipality.Name.Korean}"));
                continue;
            }

            foreach (var p in h.Partners)
            {
                if (_request.Roster.FindPartner(p) is null)
                {
                    problems.Add(new(where, $"partner '{p}' is not in the roster"));
                }
            }

            if (!seen.Add((h.Date, h.Slot)))
            {
                problems.Add(new(where, "the slot is recorded twice"));
                continue;
            }

            if (h.Date >= from)
            {
                _warnings.Add(new("held-ignored", $"{where} is on or after the re-plan date and was ignored"));
                continue;
            }

            if (!result.TryGetValue(h.Date, out var list))
            {
                result[h.Date] = list = [];
            }

            list.Add(h);
        }

        if (problems.Count > 0)
        {
            throw new DalhaengiValidationException("held sessions", problems);
        }

        return result;
    }

    private void CommitHeld(HeldSession h, int position)
    {
        var site = FindSite(h.Site)!;
        var d = site.District;
        var team = _teams.CommitHeld(d, h.Date, h.Partners);
        var quota = Quota(d);
        var why = new SessionRationale(
            DistrictPick.Held, position, null, _count[d] + 1, _target[d], quota,
            _lastDate[d] is { } last ? Period.DaysBetween(last, h.Date) : null,
            (int)Math.Min(int.MaxValue, _risk[d]), site.LastVisit ?? site.LastHistory, site.Weight, false,
            string.Create(CultureInfo.InvariantCulture, $"{_districts[d].Name.Korean}: held (from the held record); session {_count[d] + 1} of its share {_target[d]} (quota {quota:0.00})"));
        Commit(d, site, h.Date, position, sinceFrom: false);
        AddSession(d, site, h.Date, h.Slot, PlannedSessionStatus.Held, team, why);
    }
}
