using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Text;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Features.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DataForLife.Web.Features.Setup;

/// <summary>
/// Creates the first organiser. It answers only while no organiser exists (afterwards it is gone: 404), and only to a
/// browser on the server itself, so that nobody on the network can claim a fresh installation.
/// </summary>
[AllowAnonymous]
public sealed class SetupModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, SetupToken setupToken, AuditLog audit, TimeProvider clock,
    Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> l)
    : PageModel
{
    [BindProperty]
    public SetupInput Input { get; set; } = new();

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (await setupToken.OrganiserExistsAsync())
        {
            context.Result = NotFound();
            return;
        }

        if (!IsLoopback(HttpContext.Connection.RemoteIpAddress))
        {
            context.Result = StatusCode(StatusCodes.Status403Forbidden);
            return;
        }

        await next();
    }

    /// <summary>The token may come in the link printed by the log (<c>/setup?token=...</c>).</summary>
    public void OnGet(string? token) => Input.Token = token ?? string.Empty;

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!await setupToken.AcceptsAsync(Input.Token, HttpContext.RequestAborted))
        {
            ModelState.AddModelError("Input.Token", l["Setup.TokenWrong"]);
            return Page();
        }

        var email = Input.Email.Trim();
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = Input.DisplayName.Trim().Normalize(NormalizationForm.FormC),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? "Input.Password" : "Input.Email", error.Description);
            }

            return Page();
        }

        await users.AddToRoleAsync(user, Roles.Organizer);
        await setupToken.RetireAsync(HttpContext.RequestAborted);
        audit.ActorOverride = (user.Id, email);
        audit.Record("account.first-organizer", nameof(AppUser), user.Id, after: new { email, user.DisplayName });
        await audit.SaveChangesAsync();
        await signIn.SignInAsync(user, isPersistent: false);
        return Redirect("/organizer");
    }

    private static bool IsLoopback(IPAddress? address) => address is not null && IPAddress.IsLoopback(address);

    public sealed class SetupInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(100, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.SetupToken")]
        public string Token { get; set; } = string.Empty;

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(200, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.DisplayName")]
        public string DisplayName { get; set; } = string.Empty;

        [Required(ErrorMessage = "Validation.Required")]
        [EmailAddress(ErrorMessage = "Validation.Email")]
        [Display(Name = "Field.Email")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Display(Name = "Field.Password")]
        public string Password { get; set; } = string.Empty;
    }
}
