using System.Globalization;
using System.Text;
using Dalhaengi.Core.Geography;
using NodaTime;

namespace Dalhaengi.Core.Rotation;

internal sealed partial class PlannerEngine
{
    internal double Quota(int d)
    {
        var total = _weights.Sum();
        return total == 0 ? (double)_seats / _districts.Length : (double)_seats * _weights[d] / total;
    }

    private SessionRationale Rationale(int d, SiteState site, LocalDate date, int position)
    {
        var under = _count[d] < _target[d];
        var (num, den, risk) = Due(d, position);
        var pick = !under ? DistrictPick.AboveShare : risk ? DistrictPick.HighRiskResponse : DistrictPick.FairShare;
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
            DistrictPick.HighRiskResponse => string.Create(ic, $"{name}: {_risk[d]} high/urgent households and no session yet within {_policy.RiskResponseDays} days"),
            DistrictPick.FairShare => string.Create(ic, $"{name}: furthest behind its fair pace (due at slot {due:0.0}, now slot {position})"),
            _ => $"{name}: every feasible district had its share; highest Sainte-Laguë priority",
        });
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
            if (!_siteById.ContainsKey(h.Site))
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
        var site = _siteById[h.Site];
        var d = site.District;
        var team = _teams.CommitHeld(d, h.Date, h.Partners);
        var quota = Quota(d);
        var why = new SessionRationale(
            DistrictPick.Held, position, null, _count[d] + 1, _target[d], quota,
            _lastDate[d] is { } last ? Period.DaysBetween(last, h.Date) : null,
            (int)Math.Min(int.MaxValue, _risk[d]), site.LastVisit ?? site.LastHistory, site.Weight, false,
            string.Create(CultureInfo.InvariantCulture, $"{_districts[d].Name.Korean}: held (from the held record); session {_count[d] + 1} of its share {_target[d]} (quota {quota:0.00})"));
        Commit(d, site, h.Date, h.Slot, sinceFrom: false);
        AddSession(d, site, h.Date, h.Slot, PlannedSessionStatus.Held, team, why);
    }
}
