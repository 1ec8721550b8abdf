using System.Globalization;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;
using Dalhaengi.SampleHost.Outreach;
using NodaTime.Text;

namespace Dalhaengi.SampleHost.MainJob;

/// <summary>The main job's readable summary: screening, next sessions, most urgent households, overdue referrals, figures.</summary>
internal static class SeasonSummary
{
    private static readonly CultureInfo Ic = CultureInfo.InvariantCulture;

    public static void Write(SummaryWriter w, SeasonJob.Outcome o, Municipality m, PartnerRoster roster, int top)
    {
        var s = o.Screening;
        var dates = o.Season.Dates;
        var days = o.Season.WeekdayDates().ToList();
        w.Line(string.Create(Ic, $"{m.Name.Korean} 달리는 행복나눔 이웃들 — season {dates.Start.Year}: {days.Count} Wednesdays from {Date(days[0])} to {Date(days[^1])}, {o.Plan.Sessions.Count} sessions; today {Date(o.Today)}"));

        w.Heading(string.Create(Ic, $"Screening: {s.Households.Count:N0} households ({o.HouseholdSource}), {s.Evaluator.RuleSet}, as of {Date(s.AsOf)}"));
        var counts = s.TierCounts(m);
        var totals = Enumerable.Range(0, s.Tiers.Count).Select(t => counts.Sum(c => c.Counts[t])).ToArray();
        w.Table(
            ["읍면", .. s.Tiers.Select(t => t.Id)],
            counts.Select(c => (IReadOnlyList<string>)[c.District.Name.Korean, .. c.Counts.Select(n => N(n))])
                .Append(["total", .. totals.Select(n => N(n))]),
            [.. Enumerable.Range(1, s.Tiers.Count)]);

        var next = o.Plan.Sessions.Where(x => x.Date >= o.Today).Take(top).ToList();
        w.Heading(string.Create(Ic, $"Next sessions ({next.Count} of {o.Plan.Sessions.Count(x => x.Date >= o.Today)} still to come)"));
        w.Table(["date", "읍면", "site", "team"], next.Select(x => (IReadOnlyList<string>)
        [
            Date(x.Date), m.GetDistrict(x.District).Name.Korean, m.GetSite(x.Site).Name.Korean,
            string.Join(", ", x.Team.Select(t => roster.FindPartner(t.Partner)?.Name.Korean ?? t.Partner.Value)),
        ]));

        var urgent = s.MostUrgentFirst().Where(i => s[i].Tier == s.Tiers.Count - 1).Take(top).ToList();
        w.Heading(string.Create(Ic, $"Most urgent households ({urgent.Count} of {totals[^1]:N0} {s.Tiers[^1].Id}; names masked)"));
        w.Table(["household", "읍면", "score", "respond by", "reasons"], urgent.Select(i =>
        {
            var h = s.Households[i];
            var why = s.Evaluator.Explain(h, s.AsOf);
            return (IReadOnlyList<string>)[h.ToString(), m.FindDistrict(h.District)?.Name.Korean ?? h.District.Value, N(why.Score), Date(why.RespondBy), why.Reasons().Replace(";", ", ", StringComparison.Ordinal)];
        }), 2);

        var overdue = o.Overdue.Items;
        w.Heading(string.Create(Ic, $"Overdue referrals ({overdue.Count} of {o.Referrals.Count(r => r.IsOpen)} open, as of {Date(o.Today)})"));
        w.Table(["referral", "household", "partner", "state", "due", "days late"], overdue.Take(top).Select(x => (IReadOnlyList<string>)
        [
            x.Referral.Id.Value, x.Referral.Subject.Household.Value, roster.FindPartner(x.Referral.Partner)?.Name.Korean ?? x.Referral.Partner.Value,
            OutreachArguments.State(x.Referral.State), Date(x.Referral.DueDate), N(x.DaysOverdue),
        ]), 5);

        var f = o.Report.Total;
        w.Heading("Season so far");
        w.Table(["sessions held", "cancelled", "attending", "service uses", "items", "findings", "referrals", "resolved in time"],
            [[N(f.SessionsHeld), N(f.SessionsCancelled), N(f.ResidentsServed), N(f.ServicesDelivered), N(f.ItemsDistributed), N(f.Findings), N(f.Referrals), N(f.ReferralsClosedResolvedWithinDeadline)]],
            [0, 1, 2, 3, 4, 5, 6, 7]);
        if (o.Unrouted > 0)
        {
            w.Line(string.Create(Ic, $"warning: {o.Unrouted} finding(s) matched no partner's referral needs and were not referred"));
        }
    }

    private static string N(long n) => n.ToString("N0", Ic);

    private static string Date(NodaTime.LocalDate d) => LocalDatePattern.Iso.Format(d);
}
