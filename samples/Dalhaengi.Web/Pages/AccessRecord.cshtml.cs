using Dalhaengi.Core.Access;
using Microsoft.AspNetCore.Mvc;

namespace Dalhaengi.Web.Pages;

/// <summary>The access record, for the privacy officer; reading it is itself recorded.</summary>
public sealed class AccessRecordModel(IAccessRecordRepository record, AccessGate gate) : StaffPageModel
{
    /// <summary>The entries, newest first.</summary>
    public IReadOnlyList<AccessRecordEntry> Entries { get; private set; } = [];

    /// <summary>Records the read and lists the entries.</summary>
    /// <returns>The page, or 403.</returns>
    public async Task<IActionResult> OnGetAsync()
    {
        var decision = await gate.CheckAsync(Principal, AccessPurpose.Audit, AccessTarget.AccessRecord(), HttpContext.RequestAborted);
        if (!decision.Allowed)
        {
            return Forbid();
        }

        Entries = [.. (await record.ListAsync(null, HttpContext.RequestAborted)).Reverse().Take(500)];
        return Page();
    }
}
