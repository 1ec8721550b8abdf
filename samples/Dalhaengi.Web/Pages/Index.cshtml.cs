using System.Globalization;
using Dalhaengi.Core.Access;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Outreach;

namespace Dalhaengi.Web.Pages;

/// <summary>The season calendar: every session record the user may see, by date.</summary>
public sealed class IndexModel(ISessionRecordRepository sessions, AccessGate gate, Municipality municipality) : StaffPageModel
{
    /// <summary>The rows shown.</summary>
    public IReadOnlyList<(string Date, string Site, string District, string Status, int Residents)> Sessions { get; private set; } = [];

    /// <summary>Residents served over the rows shown.</summary>
    public int Residents { get; private set; }

    /// <summary>Lists the visible session records.</summary>
    /// <returns>A task.</returns>
    public async Task OnGetAsync()
    {
        var principal = Principal;
        var visible = (await sessions.ListAsync(null, HttpContext.RequestAborted))
            .Where(r => gate.Peek(principal, AccessTarget.ForSessionRecord(r)).Allowed)
            .ToList();
        Sessions = [.. visible.Select(r => (
            r.Current.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            municipality.Sites.FirstOrDefault(s => s.Id == r.Current.Site)?.Name.Korean ?? r.Current.Site.Value,
            Names.District(municipality, r.Current.District),
            r.Current.Status == SessionStatus.Held ? "진행" : "취소",
            r.Current.ResidentsServed))];
        Residents = visible.Sum(r => r.Current.ResidentsServed);
    }
}
