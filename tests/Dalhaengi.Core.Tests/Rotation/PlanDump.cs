using System.Globalization;
using System.Text;
using Dalhaengi.Core.Rotation;

namespace Dalhaengi.Core.Tests.Rotation;

/// <summary>Writes every observable field of a plan as text, to compare plans byte for byte.</summary>
internal static class PlanDump
{
    public static string Text(RotationPlan plan)
    {
        var ic = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        foreach (var s in plan.Sessions)
        {
            sb.Append(ic, $"S {s.Id} {s.Status} {s.District} {s.Site} [{string.Join(',', s.Team.Select(m => $"{m.Partner}:{m.Role}:{string.Join('+', m.Services)}"))}] {s.Why.Pick} {s.Why.Due?.ToString("R", ic)} {s.Why.Summary}").AppendLine();
        }

        foreach (var k in plan.Skipped)
        {
            sb.Append(ic, $"K {k.Date} {k.Slot} {k.Reason} {k.Description}").AppendLine();
        }

        foreach (var w in plan.Warnings)
        {
            sb.AppendLine("W " + w);
        }

        var q = plan.Quality;
        sb.Append(ic, $"Q {q.Seats} {q.Sessions} {q.LargestDeviation:R} {q.SmallestGapDays} {q.MeanGapDays:R} {q.HighRiskCoverage:R} {q.FairCoverage:R}").AppendLine();
        foreach (var d in q.Districts)
        {
            sb.Append(ic, $"D {d.District} {d.Weight} {d.Quota:R} {d.Target} {d.Sessions} {d.SmallestGapDays} {d.MeanGapDays:R}").AppendLine();
        }

        foreach (var p in q.Partners)
        {
            sb.Append(ic, $"P {p.Partner} {p.Sessions} {p.SeasonCap} {p.BusiestMonthSessions} {p.MonthCap}").AppendLine();
        }

        return sb.ToString();
    }
}
