using Dalhaengi.Core;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Rotation;
using Dalhaengi.SampleHost.Infrastructure;
using NodaTime;

namespace Dalhaengi.SampleHost.Formats;

/// <summary>
/// Reads the held record of a re-plan: CSV with header <c>date,slot,site,status</c> and an optional fifth column
/// <c>partners</c> (partner ids separated by <c>;</c>). Status is <c>held</c> or <c>cancelled</c>. A held row without
/// partners takes the team the plan had for that slot. Documented in docs/rotation.md.
/// </summary>
internal static class HeldCsv
{
    public static List<HeldSession> Read(string path, PlanFile plan)
    {
        using var reader = StrictText.Open(path);
        var records = Csv.ReadAll(reader, path);
        var header = records.Count == 0 ? string.Empty : string.Join(',', records[0].Fields);
        var withPartners = string.Equals(header, "date,slot,site,status,partners", StringComparison.Ordinal);
        if (!withPartners && !string.Equals(header, "date,slot,site,status", StringComparison.Ordinal))
        {
            throw new BadInputException($"{path}:1: expected the header 'date,slot,site,status' or 'date,slot,site,status,partners'");
        }

        var held = new List<HeldSession>();
        var problems = new List<ValidationProblem>();
        foreach (var (line, f) in records.Skip(1))
        {
            var where = $"{path}:{line}";
            if (f.Length != (withPartners ? 5 : 4))
            {
                problems.Add(new(where, $"expected {(withPartners ? 5 : 4)} fields, found {f.Length}"));
                continue;
            }

            LocalDate date;
            int slot;
            try
            {
                date = PlanFile.ParseDate(f[0], where);
                slot = PlanFile.ParseSlot(f[1], where);
            }
            catch (BadInputException ex)
            {
                // Collected, so one run lists every bad row of the file.
                problems.Add(new(where, ex.Message[(where.Length + 2)..]));
                continue;
            }

            if (ImpossibleInPlan(plan, date, slot) is { } impossible)
            {
                // Such a row would otherwise count toward fair shares as if a session had been held.
                problems.Add(new(where, impossible));
                continue;
            }

            var status = f[3] switch
            {
                "held" => HeldSessionStatus.Held,
                "cancelled" => HeldSessionStatus.Cancelled,
                _ => throw new BadInputException($"{where}: status '{f[3]}' must be held or cancelled"),
            };
            try
            {
                IReadOnlyList<PartnerId> partners = withPartners && f[4].Length > 0
                    ? [.. f[4].Split(';', StringSplitOptions.RemoveEmptyEntries).Select(id => new PartnerId(id))]
                    : plan.Teams.GetValueOrDefault((date, slot)) ?? [];
                held.Add(new HeldSession(date, slot, new SiteId(f[2]), status, status == HeldSessionStatus.Held ? partners : []));
            }
            catch (ArgumentException ex)
            {
                problems.Add(new(where, ex.Message.Split(" (Parameter", 2)[0]));
            }
        }

        if (problems.Count > 0)
        {
            throw new DalhaengiValidationException(path, problems);
        }

        return held;
    }

    /// <summary>Why a held row cannot be a session of the plan, or <see langword="null"/> when it can.</summary>
    private static string? ImpossibleInPlan(PlanFile plan, LocalDate date, int slot)
    {
        if (!plan.Dates.Contains(date))
        {
            return $"{date:uuuu-MM-dd} is outside the plan's season {plan.Dates.Start:uuuu-MM-dd}–{plan.Dates.End:uuuu-MM-dd}";
        }

        if (!plan.Weekdays.Contains(date.DayOfWeek))
        {
            return $"{date:uuuu-MM-dd} is a {date.DayOfWeek}, not a weekday of the plan ({string.Join(", ", plan.Weekdays)})";
        }

        if (slot > plan.SessionsPerDay)
        {
            return $"slot {slot} does not exist: the plan has {plan.SessionsPerDay} session(s) a day";
        }

        return plan.SkippedDays.FirstOrDefault(s => s.Dates.Contains(date)) is { } skipped
            ? $"{date:uuuu-MM-dd} was skipped in the plan ({skipped.Reason}); no session was planned that day"
            : null;
    }
}
