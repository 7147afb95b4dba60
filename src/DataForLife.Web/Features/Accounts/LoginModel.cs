using System.ComponentModel.DataAnnotations;
using DataForLife.Web.Domain.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Accounts;

[AllowAnonymous]
public sealed class LoginModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, AccountMail mail,
    SignInThrottle throttle, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool ShowResend { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Input.Email.Trim();
        var address = HttpContext.Connection.RemoteIpAddress;
        if (await throttle.WaitAsync(email, address, HttpContext.RequestAborted) is { } wait)
        {
            ModelState.AddModelError(string.Empty, l["Login.Throttled", (int)Math.Ceiling(wait.TotalMinutes)]);
            return Page();
        }

        // Wrong passwords never lock the account (a stranger could lock an organiser out that way): they are counted
        // by network instead (SignInThrottle). The second factor keeps its own lockout.
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            // As long as a real check, so that the answer's time does not tell which addresses have accounts.
            UnknownAccount.Check(users.PasswordHasher, Input.Password);
            return await FailedAsync(email, address);
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Accounts/LoginTwoFactor", new { ReturnUrl, Input.RememberMe });
        }

        // Identity answers "not allowed" and "locked out" before it looks at the password: only someone who knows the
        // password may learn that the account exists and why it cannot sign in.
        if ((result.IsNotAllowed || result.IsLockedOut) && await users.CheckPasswordAsync(user, Input.Password))
        {
            ShowResend = result.IsNotAllowed;
            ModelState.AddModelError(string.Empty, l[result.IsNotAllowed ? "Login.NotConfirmed" : "Login.LockedOut"]);
            return Page();
        }

        return await FailedAsync(email, address);
    }

    private async Task<IActionResult> FailedAsync(string email, System.Net.IPAddress? address)
    {
        await throttle.FailedAsync(email, address, HttpContext.RequestAborted);
        ModelState.AddModelError(string.Empty, l["Login.Failed"]);
        return Page();
    }

    /// <summary>Sends the confirmation link again; says the same whether or not the address is known.</summary>
    public async Task<IActionResult> OnPostResendAsync()
    {
        var email = Input.Email?.Trim();
        var user = string.IsNullOrEmpty(email) ? null : await users.FindByEmailAsync(email);
        if (user is not null && !user.EmailConfirmed)
        {
            await mail.QueueConfirmationAsync(user);
            await users.UpdateAsync(user);
        }

        TempData["Notice"] = l["Login.ConfirmationResent"].Value;
        return RedirectToPage();
    }

    public static string SafeReturnUrl(string? returnUrl) => Infrastructure.LocalUrl.OrDefault(returnUrl, "/account");

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [EmailAddress(ErrorMessage = "Validation.Email")]
        [Display(Name = "Field.Email")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Display(Name = "Field.Password")]
        public string Password { get; set; } = string.Empty;

        [Display(Name = "Field.RememberMe")]
        public bool RememberMe { get; set; }
    }
}
