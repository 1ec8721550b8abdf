using System.Globalization;
using NodaTime;

namespace Dalhaengi.Core.Rotation;

internal sealed partial class PlannerEngine
{
    // Says in each session the search decided what it improved: a slot given by the improvement phase names the fair
    // coverage (or, at equal fair coverage, high-risk coverage) before and after; a day a capped partner was kept off
    // names the partner and why.
    private RotationPlan Annotate(RotationPlan plan, RotationPlan constructive, SearchChoices choices)
    {
        var ic = CultureInfo.InvariantCulture;
        var (before, after) = (constructive.Quality, plan.Quality);
        var what = after.FairCoverage > before.FairCoverage + 1e-9
            ? string.Create(ic, $"fair coverage from {before.FairCoverage:0.0000} to {after.FairCoverage:0.0000}")
            : string.Create(ic, $"high-risk coverage from {before.HighRiskCoverage:0.0000} to {after.HighRiskCoverage:0.0000} at the same fair coverage");
        var raised = "; the improvement phase raised the plan's " + what;
        var keptOff = new Dictionary<LocalDate, List<int>>();
        foreach (var (date, partner) in choices.Avoid.OrderBy(a => a.Date).ThenBy(a => a.Partner))
        {
            (keptOff.TryGetValue(date, out var list) ? list : keptOff[date] = []).Add(partner);
        }

        var sessions = new List<PlannedSession>(plan.Sessions.Count);
        foreach (var s in plan.Sessions)
        {
            var extra = s.Why.Pick == DistrictPick.Improvement ? raised : string.Empty;
            if (s.Status == PlannedSessionStatus.Planned && keptOff.TryGetValue(s.Date, out var partners))
            {
                var names = partners.Select(p => _request.Roster.Partners[p]).Where(p => p.Serves(s.District)).Select(p => p.Name.Korean).ToList();
                if (names.Count > 0)
                {
                    extra += $"; the improvement phase kept {string.Join(", ", names)} off this day's teams, leaving capped sessions to later ones only it could staff, which raised the plan's {what}";
                }
            }

            if (extra.Length == 0)
            {
                sessions.Add(s);
                continue;
            }

            var w = s.Why;
            var summary = w.Summary;
            if (w.Pick == DistrictPick.Improvement && choices.Pinned is { } pins && pins.TryGetValue(w.SlotIndex, out var pin) && pin.District == _districtIndex[s.District])
            {
                summary = PinSummary(pin, s.District, w);
            }

            var why = new SessionRationale(w.Pick, w.SlotIndex, w.Due, w.SessionNumber, w.Target, w.Quota, w.DaysSinceDistrictLast, w.HighRiskHouseholds, w.SiteLastVisited, w.SiteWeight, w.IsFairDay, summary + extra);
            sessions.Add(new PlannedSession(s.Id, s.Date, s.Slot, s.Status, s.District, s.Site, s.Team, why));
        }

        return new RotationPlan(plan.Request, plan.From, sessions, plan.Skipped, plan.Warnings, plan.Quality);
    }

    // A slot the window repair fixed says so instead of the greedy's "left it below its quota": the repair may also
    // move a district at its share, or hold a later session where the plan had it.
    private string PinSummary(Pin pin, Geography.DistrictCode district, SessionRationale w)
    {
        var name = _districts[_districtIndex[district]].Name.Korean;
        var head = pin.Window
            ? string.Create(CultureInfo.InvariantCulture, $"{name}: the improvement phase's window repair gave it this slot: assigning a few consecutive slots exactly (districts and teams under the same hard constraints, the rest of the plan held) found a better plan (now slot {w.SlotIndex})")
            : string.Create(CultureInfo.InvariantCulture, $"{name}: held in this slot by the improvement phase's window repair, which re-assigned earlier slots exactly and kept the later sessions where the plan had them (now slot {w.SlotIndex})");
        var rest = w.Summary.IndexOf("; session ", StringComparison.Ordinal);
        return rest < 0 ? head : head + w.Summary[rest..];
    }
}
