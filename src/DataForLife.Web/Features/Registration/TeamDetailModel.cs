using DataForLife.Web.Data;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Registration;

/// <summary>One team for the organisers: members' profiles, eligibility with reasons, and the override with its reason.</summary>
[OrganizerArea]
public sealed class TeamDetailModel(AppDbContext db, EligibilityService eligibility, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public TeamView View { get; private set; } = null!;

    public bool CanSeePersonalData => User.IsInRole(Domain.Accounts.Roles.Organizer);

    [BindProperty]
    public EligibilityStatus? OverrideStatus { get; set; }

    [BindProperty]
    public string? OverrideReason { get; set; }

    public async Task<IActionResult> OnGetAsync(int teamId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(teamId, cancellationToken))
        {
            return NotFound();
        }

        (OverrideStatus, OverrideReason) = (View.Team.OverrideStatus, View.Team.OverrideReason);
        return Page();
    }

    public async Task<IActionResult> OnPostOverrideAsync(int teamId, CancellationToken cancellationToken)
    {
        if (OverrideStatus is not null && string.IsNullOrWhiteSpace(OverrideReason))
        {
            ModelState.AddModelError(nameof(OverrideReason), l["Teams.OverrideReasonRequired"]);
            return await LoadAsync(teamId, cancellationToken) ? Page() : NotFound();
        }

        if (!await eligibility.OverrideAsync(teamId, OverrideStatus, OverrideReason, clock.GetUtcNow().UtcDateTime, cancellationToken))
        {
            return NotFound();
        }

        TempData["Notice"] = l["Teams.OverrideSaved"].Value;
        return RedirectToPage(new { teamId });
    }

    public string Document(Profile? profile) => profile is null ? string.Empty : CanSeePersonalData ? profile.DocumentNumber : PersonalData.Mask(profile.DocumentNumber);

    private async Task<bool> LoadAsync(int teamId, CancellationToken cancellationToken)
    {
        var view = await TeamView.LoadAsync(db, teamId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (view is null)
        {
            return false;
        }

        View = view;
        return true;
    }
}
