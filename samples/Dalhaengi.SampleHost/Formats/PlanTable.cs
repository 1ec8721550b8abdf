using System.Globalization;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Rotation;
using Spectre.Console;

namespace Dalhaengi.SampleHost.Formats;

/// <summary>The plan as a readable console table with a summary of its quality figures.</summary>
internal static class PlanTable
{
    public static void Write(IAnsiConsole console, RotationPlan plan, Municipality municipality, PartnerRoster roster)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"{municipality.Name.Korean} rotation");
        table.AddColumns("Date", "Slot", "Status", "District", "Site", "Team", "Why");
        foreach (var row in PlanCsv.Rows(plan))
        {
            var site = string.IsNullOrEmpty(row[4]) ? string.Empty : municipality.GetSite(new SiteId(row[4]!)).Name.Korean;
            var district = string.IsNullOrEmpty(row[3]) ? string.Empty : municipality.GetDistrict(new DistrictCode(row[3]!)).Name.Korean;
            var team = string.IsNullOrEmpty(row[5]) ? string.Empty : TeamSummary(row[5]!.Split(';'), roster);
            table.AddRow(Markup.Escape(row[0]!), Markup.Escape(row[1]!), Markup.Escape(row[2]!), Markup.Escape(district), Markup.Escape(site), Markup.Escape(team), Markup.Escape(row[6]!));
        }

        console.Write(table);
        foreach (var line in Summary(plan, municipality))
        {
            console.WriteLine(line);
        }
    }

    // The township office (or first partner) by name and how many others, to keep the table readable.
    private static string TeamSummary(string[] ids, PartnerRoster roster)
    {
        var partners = ids.Select(id => roster.FindPartner(new PartnerId(id))).ToList();
        var lead = partners.Find(p => p?.Presence == PartnerPresence.Local) ?? partners[0];
        var name = lead?.Name.Korean ?? ids[0];
        return ids.Length == 1 ? name : string.Create(CultureInfo.InvariantCulture, $"{name} +{ids.Length - 1}");
    }

    public static IEnumerable<string> Summary(RotationPlan plan, Municipality municipality)
    {
        var ic = CultureInfo.InvariantCulture;
        var q = plan.Quality;
        yield return string.Create(ic, $"{q.Sessions} sessions of {q.Seats} slots; {plan.Skipped.Count} skipped; fair coverage {q.FairCoverage:0.000}; largest deviation from fair share {q.LargestDeviation:0.00}");
        yield return string.Create(ic, $"gaps within a district: smallest {q.SmallestGapDays?.ToString(ic) ?? "-"} days, mean {(q.MeanGapDays is { } m ? m.ToString("0.0", ic) : "-")} days");
        if (q.HighRiskCoverage is { } c)
        {
            yield return string.Create(ic, $"high/urgent households whose district gets a session within {plan.Request.Policy.RiskResponseDays} days: {c:P0}");
        }

        foreach (var d in q.Districts)
        {
            yield return string.Create(ic, $"  {municipality.GetDistrict(d.District).Name.Korean}: {d.Sessions} session(s), fair share {d.Quota:0.00} (target {d.Target})");
        }

        foreach (var p in q.Partners.Where(p => p.SeasonCap is not null || p.MonthCap is not null))
        {
            yield return string.Create(ic, $"  {p.Partner}: {p.Sessions}/{p.SeasonCap?.ToString(ic) ?? "∞"} this season, busiest month {p.BusiestMonthSessions}/{p.MonthCap?.ToString(ic) ?? "∞"}");
        }

        foreach (var w in plan.Warnings)
        {
            yield return "warning: " + w;
        }
    }
}
