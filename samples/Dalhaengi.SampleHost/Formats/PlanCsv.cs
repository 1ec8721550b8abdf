using System.Globalization;
using System.Text;
using Dalhaengi.Core.Rotation;

using Dalhaengi.SampleHost.Infrastructure;

namespace Dalhaengi.SampleHost.Formats;

/// <summary>
/// The plan as CSV (RFC 4180, UTF-8 with a byte order mark, CRLF): header <c>date,slot,status,district,site,partners,reason</c>; one row
/// per session (status <c>planned</c> or <c>held</c>) and one per skipped day or slot (status <c>skipped</c>, reason
/// <c>kind: description</c>). Documented in docs/rotation.md.
/// </summary>
internal static class PlanCsv
{
    public const string Header = "date,slot,status,district,site,partners,reason";

    public static string Write(RotationPlan plan)
    {
        var sb = new StringBuilder(Header).Append(Csv.NewLine);
        foreach (var row in Rows(plan))
        {
            sb.Append(Csv.Line(row)).Append(Csv.NewLine);
        }

        return sb.ToString();
    }

    public static IEnumerable<string?[]> Rows(RotationPlan plan)
    {
        var sessions = plan.Sessions.Select(s => (s.Date, Slot: (int?)s.Slot, Order: 1, Row: new string?[]
        {
            Date(s.Date), Slot(s.Slot), s.Status == PlannedSessionStatus.Held ? "held" : "planned", s.District.Value, s.Site.Value,
            string.Join(';', s.Team.Select(m => m.Partner.Value)), s.Why.Summary,
        }));
        var skipped = plan.Skipped.Select(k => (k.Date, k.Slot, Order: 0, Row: new string?[]
        {
            Date(k.Date), k.Slot is { } n ? Slot(n) : string.Empty, "skipped", string.Empty, string.Empty, string.Empty,
            Reason(k),
        }));
        return sessions.Concat(skipped)
            .OrderBy(r => r.Date).ThenBy(r => r.Slot ?? 0).ThenBy(r => r.Order)
            .Select(r => r.Row);
    }

    public static string Kebab(SkipReason reason) => KebabCaseName(reason.ToString());

    // "kind: description"; the planner already starts some descriptions with the kind ("cancelled: 양평읍 …"),
    // which must not read "cancelled: cancelled: …".
    public static string Reason(SkippedSlot skipped)
    {
        var kind = Kebab(skipped.Reason);
        return skipped.Description.StartsWith(kind + ":", StringComparison.Ordinal) ? skipped.Description : $"{kind}: {skipped.Description}";
    }

    private static string Date(NodaTime.LocalDate date) => date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);

    private static string Slot(int slot) => slot.ToString(CultureInfo.InvariantCulture);

    private static string KebabCaseName(string pascal)
    {
        var sb = new StringBuilder();
        foreach (var ch in pascal)
        {
            if (char.IsUpper(ch) && sb.Length > 0)
            {
                sb.Append('-');
            }

            sb.Append(char.ToLowerInvariant(ch));
        }

        return sb.ToString();
    }
}
