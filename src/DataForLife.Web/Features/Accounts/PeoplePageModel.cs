using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Accounts;

/// <summary>
/// Who holds the roles organisers hand out (Organizer, Observer, Mentor); organisers give or take them back by
/// e-mail address. Judges come from the roster and are not managed here.
/// </summary>
[OrganizerArea]
public sealed class PeoplePageModel(UserManager<AppUser> users, RoleGrants grants, IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<(string Role, IReadOnlyList<AppUser> People)> Holders { get; private set; } = [];

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public Task<IActionResult> OnPostGrantAsync(CancellationToken cancellationToken) => ChangeAsync(grant: true, cancellationToken);

    public Task<IActionResult> OnPostRevokeAsync(CancellationToken cancellationToken) => ChangeAsync(grant: false, cancellationToken);

    private async Task<IActionResult> ChangeAsync(bool grant, CancellationToken cancellationToken)
    {
        var email = Email?.Trim() ?? string.Empty;
        var role = Role ?? string.Empty;
        var outcome = grant ? await grants.GrantAsync(email, role, cancellationToken) : await grants.RevokeAsync(email, role, cancellationToken);
        var roleName = l["Role." + role].Value;
        if (outcome is RoleGrants.Outcome.Done or RoleGrants.Outcome.Unchanged)
        {
            TempData["Notice"] = l[$"People.{outcome}.{(grant ? "Grant" : "Revoke")}", email, roleName].Value;
            return RedirectToPage();
        }

        ModelState.AddModelError(string.Empty, l["People." + outcome, email, roleName]);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var holders = new List<(string, IReadOnlyList<AppUser>)>();
        foreach (var role in RoleGrants.Grantable)
        {
            holders.Add((role, [.. (await users.GetUsersInRoleAsync(role)).OrderBy(u => u.Email, StringComparer.OrdinalIgnoreCase)]));
        }

        Holders = holders;
    }
}
