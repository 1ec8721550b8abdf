using Dalhaengi.Core.Partners;
using Google.OrTools.Sat;

namespace Dalhaengi.Core.Benchmarks.Planning;

// The team constraints: who must, may and can attend each possible session, and partner capacity.
internal static partial class CpSatRotationModel
{
    private static void AddTeams(CpModel model, PlanningProblem problem, BoolVar?[,] x)
    {
        var policy = problem.Request.Policy;
        var partners = problem.Partners;
        var slots = problem.Slots;
        var requirementMask = problem.Requirements.Aggregate(0, (m, r) => m | r);
        var attendance = new Dictionary<(int Partner, int District), List<(int Slot, ILiteral Present)>>();
        for (var d = 0; d < problem.Districts.Length; d++)
        {
            var code = problem.Districts[d].Code;
            for (var t = 0; t < slots.Count; t++)
            {
                if (x[d, t] is not { } visit)
                {
                    continue;
                }

                var date = slots[t].Date;
                var members = new List<(int Partner, ILiteral Present)>();
                var offices = new List<ILiteral>();
                for (var p = 0; p < partners.Length; p++)
                {
                    var partner = partners[p];
                    if (!partner.Serves(code))
                    {
                        continue;
                    }

                    var available = partner.Availability.IsAvailableOn(date);
                    ILiteral present;
                    if (partner.Presence == PartnerPresence.AlwaysPresent)
                    {
                        if (!available)
                        {
                            model.Add(visit == 0);
                            continue;
                        }

                        present = visit;
                    }
                    else if (!available || (partner.Presence == PartnerPresence.Local ? !policy.RequireLocalOffice : (problem.Categories[p] & requirementMask) == 0))
                    {
                        continue;
                    }
                    else
                    {
                        var a = model.NewBoolVar($"a{p}_{d}_{t}");
                        model.AddImplication(a, visit);
                        present = a;
                        if (partner.Presence == PartnerPresence.Local)
                        {
                            offices.Add(a);
                        }
                    }

                    members.Add((p, present));
                    var unit = (p, partner.Presence == PartnerPresence.Local && partner.Districts.Count == 0 ? d : -1);
                    if (!attendance.TryGetValue(unit, out var list))
                    {
                        attendance[unit] = list = [];
                    }

                    list.Add((t, present));
                }

                if (offices.Count > 0)
                {
                    model.AddBoolOr([.. offices, visit.Not()]);
                }

                foreach (var requirement in problem.Requirements)
                {
                    model.AddBoolOr([.. members.Where(m => (problem.Categories[m.Partner] & requirement) != 0).Select(m => m.Present), visit.Not()]);
                }
            }
        }

        foreach (var ((p, _), list) in attendance)
        {
            var a = partners[p].Availability;
            foreach (var day in list.GroupBy(e => slots[e.Slot].Date))
            {
                AtMost(model, day.Select(e => e.Present), a.Teams);
            }

            if (a.MaxSessionsPerSeason is { } cap)
            {
                AtMost(model, list.Select(e => e.Present), cap);
            }

            if (a.MaxSessionsPerMonth is { } monthCap)
            {
                foreach (var month in list.GroupBy(e => (slots[e.Slot].Date.Year, slots[e.Slot].Date.Month)))
                {
                    AtMost(model, month.Select(e => e.Present), monthCap);
                }
            }
        }
    }

    private static void AtMost(CpModel model, IEnumerable<ILiteral> literals, int most)
    {
        var list = literals.ToList();
        if (list.Count > most)
        {
            model.Add(LinearExpr.Sum(list.Select(l => l is BoolVar b ? (LinearExpr)b : ((NotBoolVar)l).NotAsExpr())) <= most);
        }
    }
}
