using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dalhaengi.Web.Pages.Account;

/// <summary>Signs out (a form post, so a link cannot sign anyone out).</summary>
public sealed class LogoutModel(SignInManager<IdentityUser> signIn) : PageModel
{
    /// <summary>Signs out and returns to the sign-in page.</summary>
    /// <returns>A redirect.</returns>
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/Account/Login");
    }
}
