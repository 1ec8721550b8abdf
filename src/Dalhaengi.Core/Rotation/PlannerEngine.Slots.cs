using System.Globalization;
using Dalhaengi.Core.Geography;
using NodaTime;

namespace Dalhaengi.Core.Rotation;

internal sealed partial class PlannerEngine
{
    // Plans one slot; returns whether a session was placed. While some district's longest-gap bound runs, a district
    // takes the slot only if the look-ahead still meets every bound after it; when no district passes, the districts
    // whose bound runs go first, earliest deadline first, and the rest follow in the usual order.
    private bool PlanSlot(LocalDate date, int slot, int position)
    {
        _slotStamp++;
        if (_forced is not null)
        {
            return PlanForced(date, slot, position);
        }

        var blocked = new SortedDictionary<string, int>(StringComparer.Ordinal);
        _slotDates[position] = date;
        var check = _gapLookAhead;
        if (PlacePinned(date, slot, position, check))
        {
            return true;
        }

        if (_preferred is not null && _preferred.TryGetValue(position, out var preferred) && _count[preferred] < Quota(preferred))
        {
            // The improvement phase chose this district for this slot while it is below its quota; if it is not feasible now,
            // the greedy order applies.
            _improving = true;
            var placed = TryPlace(preferred, date, slot, position, new SortedDictionary<string, int>(StringComparer.Ordinal), check);
            _improving = false;
            if (placed)
            {
                return true;
            }
        }

        if (PlaceInOrder(date, slot, position, blocked, check))
        {
            return true;
        }

        if (check)
        {
            foreach (var d in _gapRunning)
            {
                _gapForced[d] = _slotStamp;
            }

            blocked.Clear();
            if (PlaceInOrder(date, slot, position, blocked, checkGaps: false))
            {
                return true;
            }
        }

        var why = blocked.Count == 0
            ? "the municipality has no district"
            : "no feasible district: " + string.Join("; ", blocked.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Value} {kv.Key}"));
        _skipped.Add(new SkippedSlot(date, slot, SkipReason.NoFeasibleSession, why));
        return false;
    }

    // Tries the districts in priority order: the best by a linear scan, the rest sorted only when it is blocked.
    // Districts under their share always rank first, so while there are any only they are scanned: the work per slot
    // follows the districts still owed a session, not all districts.
    private bool PlaceInOrder(LocalDate date, int slot, int position, SortedDictionary<string, int> blocked, bool checkGaps)
    {
        var best = Best(_under.Count > 0 ? _under : null, position);
        if (best < 0)
        {
            return false;
        }

        if (TryPlace(best, date, slot, position, blocked, checkGaps))
        {
            return true;
        }

        var under = _under.Where(d => d != best).ToArray();
        Array.Sort(under, (a, b) => Compare(a, b, position));
        foreach (var d in under)
        {
            if (TryPlace(d, date, slot, position, blocked, checkGaps))
            {
                return true;
            }
        }

        var rest = Enumerable.Range(0, _districts.Length).Where(d => d != best && _count[d] >= _target[d]).ToArray();
        Array.Sort(rest, (a, b) => Compare(a, b, position));
        foreach (var d in rest)
        {
            if (TryPlace(d, date, slot, position, blocked, checkGaps))
            {
                return true;
            }
        }

        return false;
    }

    // The first district in priority order among those listed (all districts when null), or -1.
    private int Best(List<int>? among, int position)
    {
        var best = -1;
        if (among is not null)
        {
            foreach (var d in among)
            {
                if (best < 0 || Compare(d, best, position) < 0)
                {
                    best = d;
                }
            }

            return best;
        }

        for (var d = 0; d < _districts.Length; d++)
        {
            if (best < 0 || Compare(d, best, position) < 0)
            {
                best = d;
            }
        }

        return best;
    }

    private bool TryPlace(int d, LocalDate date, int slot, int position, SortedDictionary<string, int> blocked, bool checkGaps)
    {
        string? reason = null;
        SiteState? site = null;
        bool relaxed = false;
        IReadOnlyList<TeamMember>? team = null;
        if (_lastDate[d] is { } last && Period.DaysBetween(last, date) < _policy.MinGapDays)
        {
            reason = $"within the {_policy.MinGapDays}-day minimum gap";
        }
        else if ((site = ChooseSite(d, date, out relaxed)) is null)
        {
            reason = _sites[d].Length == 0 ? "without sites" : "without a site open that day";
        }
        else if ((team = _teams.Build(d, date, out var teamReason)) is null)
        {
            reason = teamReason;
        }
        else if (checkGaps && !BoundsHoldAfter(d, position))
        {
            reason = "held back by the longest-gap look-ahead (a district would pass its bound)";
            _heldBack[d] += _dryRun ? 0 : 1;
        }

        if (reason is not null)
        {
            blocked[reason] = blocked.GetValueOrDefault(reason) + 1;
            return false;
        }

        if (_dryRun)
        {
            _dryPick = d;
            return true;
        }

        if (relaxed && !_restRelaxedWarned[d])
        {
            _restRelaxedWarned[d] = true;
            _warnings.Add(new("site-rest-relaxed", $"every open site of {_districts[d].Name.Korean} visited within the last {_policy.SiteRestSeasons} season(s) was used again, as no other was left"));
        }

        var why = Rationale(d, site!, date, position, blocked);
        _teams.Commit(d, date, team!);
        Commit(d, site!, date, position, sinceFrom: true);
        _pending.Add((d, site!, date, slot, position, team!, why));
        _holder[position] = d;
        return true;
    }

    // Completes the day's planned sessions with optional partners, in slot order.
    private void FinishDay()
    {
        foreach (var (d, site, date, slot, position, team, why) in _pending)
        {
            AddSession(d, site, date, slot, PlannedSessionStatus.Planned, _teams.AddOptional(d, date, position, _seats, team), why);
        }

        _pending.Clear();
    }

    private void AddSession(int d, SiteState site, LocalDate date, int slot, PlannedSessionStatus status, IReadOnlyList<TeamMember> team, SessionRationale why)
    {
        var id = new SessionId(string.Create(CultureInfo.InvariantCulture, $"{date:uuuu'-'MM'-'dd}.{slot}"));
        _sessions.Add(new PlannedSession(id, date, slot, status, _districts[d].Code, site.Site.Id, team, why));
    }

    private void Commit(int d, SiteState site, LocalDate date, int position, bool sinceFrom)
    {
        _count[d]++;
        if (_count[d] == _target[d])
        {
            _under.Remove(d);
        }

        if (sinceFrom)
        {
            _countSinceFrom[d]++;
        }

        _lastDate[d] = date;
        _lastPosition[d] = position;
        _dates[d].Add(date);
        site.LastVisit = date;
        site.UsedStamp = _dayStamp;
        UpdateGap(d, position);
    }

    // Orders districts: those under their fair share by due slot (earliest first), then by high-risk households,
    // weight and code; those at or above their share after them, by Sainte-Laguë priority weight ÷ (2·sessions + 1).
    private int Compare(int a, int b, int position)
    {
        var underA = _count[a] < _target[a];
        var underB = _count[b] < _target[b];
        if (underA != underB)
        {
            return underA ? -1 : 1;
        }

        var urgentA = underA && Urgent(a, position);
        if (urgentA != (underB && Urgent(b, position)))
        {
            return urgentA ? -1 : 1;
        }

        int c;
        if (underA)
        {
            var (na, da, _) = Due(a, position);
            var (nb, db, _) = Due(b, position);
            c = checked(na * db).CompareTo(checked(nb * da));
        }
        else
        {
            c = checked(_weights[b] * ((2L * _count[a]) + 1)).CompareTo(checked(_weights[a] * ((2L * _count[b]) + 1)));
        }

        if (c == 0)
        {
            c = _risk[b].CompareTo(_risk[a]);
        }

        if (c == 0)
        {
            c = _weights[b].CompareTo(_weights[a]);
        }

        return c != 0 ? c : a.CompareTo(b);
    }

    // The slot at which district d is due its next session, as the fraction num/den, and which rule set it: the even
    // pace of its fair share; the high-risk response window (only while the window is open, and only for the
    // districts the window has room for); or the longest-gap bound after its last session.
    private (long Num, long Den, DueRule Rule) Due(int d, int position)
    {
        long num = checked(((2L * _count[d]) + 1) * _seats);
        long den = 2L * _target[d];
        var rule = DueRule.Pace;
        if (_riskEligible[d] && _countSinceFrom[d] == 0 && position <= _riskDeadline)
        {
            long rn = (2L * _riskDeadline) + 1;
            if (checked(rn * den) < checked(num * 2))
            {
                (num, den, rule) = (rn, 2, DueRule.HighRisk);
            }
        }

        if (Urgent(d, position))
        {
            (num, den, rule) = (2L * GapKey(d), 2, DueRule.LongestGap);
        }

        return (num, den, rule);
    }

    // The least recently visited open site: not yet visited this season first, a market on its fair day next, then
    // the one visited longest ago in earlier seasons, then the most households, then the id. Sites resting after a
    // recent season are used only when nothing else is open (reported through relaxed).
    private SiteState? ChooseSite(int d, LocalDate date, out bool relaxed)
    {
        relaxed = false;
        var mayRevisit = _risk[d] >= _policy.HighRiskRevisitThreshold;
        SiteState? best = null;
        SiteState? bestResting = null;
        foreach (var s in _sites[d])
        {
            if (s.UsedStamp == _dayStamp)
            {
                continue;
            }

            if (s.Site.Kind == SiteKind.TraditionalMarket && _policy.MarketsOnFairDaysOnly && !s.Site.IsFairDay(date.Day))
            {
                continue;
            }

            if (s.Resting && !mayRevisit && s.LastVisit is null)
            {
                if (bestResting is null || SiteBefore(s, bestResting, date))
                {
                    bestResting = s;
                }
            }
            else if (best is null || SiteBefore(s, best, date))
            {
                best = s;
            }
        }

        if (best is null && bestResting is not null)
        {
            relaxed = true;
            return bestResting;
        }

        return best;
    }

    private static bool SiteBefore(SiteState a, SiteState b, LocalDate date)
    {
        var c = Nullable.Compare(a.LastVisit, b.LastVisit);
        if (c != 0)
        {
            return c < 0;
        }

        var fairA = a.Site.Kind == SiteKind.TraditionalMarket && a.Site.IsFairDay(date.Day);
        var fairB = b.Site.Kind == SiteKind.TraditionalMarket && b.Site.IsFairDay(date.Day);
        if (fairA != fairB)
        {
            return fairA;
        }

        c = Nullable.Compare(a.LastHistory, b.LastHistory);
        if (c != 0)
        {
            return c < 0;
        }

        if (a.Weight != b.Weight)
        {
            return a.Weight > b.Weight;
        }

        return string.CompareOrdinal(a.Site.Id.Value, b.Site.Id.Value) < 0;
    }
}
