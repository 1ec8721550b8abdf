using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dalhaengi.Web.Pages.Account;

/// <summary>Signs staff in with their account and password; five failures lock the account for 15 minutes.</summary>
public sealed class LoginModel(SignInManager<IdentityUser> signIn) : PageModel
{
    /// <summary>Why the last attempt failed, or <see langword="null"/>.</summary>
    public string? Message { get; private set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Checks the password.</summary>
    /// <param name="user">The account name.</param>
    /// <param name="password">The password.</param>
    /// <returns>The season page on success; the form with a reason otherwise.</returns>
    public async Task<IActionResult> OnPostAsync(string? user, string? password)
    {
        if (string.IsNullOrWhiteSpace(user) || string.IsNullOrEmpty(password))
        {
            Message = "계정과 비밀번호를 입력하십시오.";
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect("/");
        }

        Message = result.IsLockedOut ? "로그인 실패가 반복되어 계정이 잠겼습니다. 15분 뒤 다시 시도하십시오." : "계정 또는 비밀번호가 맞지 않습니다.";
        return Page();
    }
}
