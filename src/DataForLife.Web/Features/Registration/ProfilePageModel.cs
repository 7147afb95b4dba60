using System.Security.Claims;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Registration;

/// <summary>A person's own profile: what eligibility is decided on.</summary>
public sealed class ProfilePageModel(AppDbContext db, ProfileCommands profiles, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string Email { get; private set; } = string.Empty;

    public bool Exists { get; private set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Email = User.Identity?.Name ?? string.Empty;
        var profile = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == UserId, cancellationToken);
        Exists = profile is not null;
        if (profile is not null)
        {
            Input = new ProfileInput
            {
                FullName = profile.FullName,
                DateOfBirth = profile.DateOfBirth,
                Sex = profile.Sex,
                Nationality = profile.Nationality,
                CountryOfResidence = profile.CountryOfResidence,
                DocumentNumber = profile.DocumentNumber,
                Phone = profile.Phone,
                Organisation = profile.Organisation,
            };
        }
        else
        {
            Input.FullName = await db.Users.Where(u => u.Id == UserId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Email = User.Identity?.Name ?? string.Empty;
        ModelState.Clear();
        var errors = await profiles.SaveAsync(UserId, Input, cancellationToken);
        if (errors.Count > 0)
        {
            ModelState.AddErrors(errors, l);
            return Page();
        }

        TempData["Notice"] = l["Profile.Saved"].Value;
        return Infrastructure.LocalUrl.IsSafe(ReturnUrl) ? LocalRedirect(ReturnUrl) : RedirectToPage("/Registration/MyTeam");
    }
}
