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
    IStringLocalizer<SharedResource> l) : PageModel
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

        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Accounts/LoginTwoFactor", new { ReturnUrl, Input.RememberMe });
        }

        if (result.IsLockedOut)
        {
            ModelState.AddModelError(string.Empty, l["Login.LockedOut"]);
        }
        else if (result.IsNotAllowed)
        {
            ShowResend = true;
            ModelState.AddModelError(string.Empty, l["Login.NotConfirmed"]);
        }
        else
        {
            ModelState.AddModelError(string.Empty, l["Login.Failed"]);
        }

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
