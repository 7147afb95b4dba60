using System.ComponentModel.DataAnnotations;
using DataForLife.Web.Domain.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Accounts;

/// <summary>The second step of signing in: a code from the authenticator app, or one of the recovery codes.</summary>
[AllowAnonymous]
public sealed class LoginTwoFactorModel(SignInManager<AppUser> signIn, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(20, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Code")]
    public string Code { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Accounts/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return RedirectToPage("/Accounts/Login");
        }

        // A recovery code is kept as it is shown (XXXXX-XXXXX, capitals); it may be typed without its hyphen or in small letters.
        var code = Code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        var authenticator = code.Length == 6 && code.All(char.IsAsciiDigit);
        var result = authenticator
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, rememberClient: false)
            : await RecoveryCodeSignInAsync(user, code.Length == 10 ? code[..5] + "-" + code[5..] : code);

        if (result.Succeeded)
        {
            return LocalRedirect(LoginModel.SafeReturnUrl(ReturnUrl));
        }

        ModelState.AddModelError(nameof(Code), result.IsLockedOut ? l["Login.LockedOut"] : l["TwoFactor.WrongCode"]);
        return Page();
    }

    /// <summary>
    /// Identity checks neither the lockout nor counts a failure for recovery codes (it does both for authenticator
    /// codes); here a locked account is refused before any code is tried, and a wrong code counts like a wrong password.
    /// </summary>
    private async Task<Microsoft.AspNetCore.Identity.SignInResult> RecoveryCodeSignInAsync(AppUser user, string code)
    {
        var users = signIn.UserManager;
        if (await users.IsLockedOutAsync(user))
        {
            return Microsoft.AspNetCore.Identity.SignInResult.LockedOut;
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            return result;
        }

        await users.AccessFailedAsync(user);
        return await users.IsLockedOutAsync(user) ? Microsoft.AspNetCore.Identity.SignInResult.LockedOut : result;
    }
}
