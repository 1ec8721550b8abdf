using Dalhaengi.Core.Access;
using Dalhaengi.Web.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dalhaengi.Web.Pages;

/// <summary>A page behind the staff policy: its user as the library's principal.</summary>
public abstract class StaffPageModel : PageModel
{
    /// <summary>The signed-in staff member as the access policy sees them.</summary>
    internal Principal Principal => User.RequirePrincipal();
}
