using System.Security.Claims;
using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Features.Audit;
using DataForLife.Web.Features.Editions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Judging;

/// <summary>A judge declares conflicts of interest: with a team, or with an organisation (every team with a member from it).</summary>
[Authorize(Roles = Domain.Accounts.Roles.Judge)]
public sealed class ConflictsPageModel(AppDbContext db, EditionStore editions, ConflictFinder finder, AuditLog audit, TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public const int MaxOrganisationLength = 200;

    public const int MaxReasonLength = 2000;

    public IReadOnlyList<Team> Teams { get; private set; } = [];

    public IReadOnlyList<ConflictFinder.Conflict> Mine { get; private set; } = [];

    [BindProperty]
    public int? TeamId { get; set; }

    [BindProperty]
    public string? Organisation { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var editionId = await editions.CurrentIdAsync(cancellationToken);
        if (editionId is null)
        {
            return NotFound();
        }

        if ((TeamId is null && !VietnameseText.HasContent(Organisation)) || !VietnameseText.HasContent(Reason))
        {
            ModelState.AddModelError(string.Empty, l["Conflicts.Incomplete"]);
            await LoadAsync(cancellationToken);
            return Page();
        }

        if (!VietnameseText.Fits(Organisation, MaxOrganisationLength)
            || VietnameseText.Clean(Reason).Length > MaxReasonLength
            || (TeamId is { } teamId && !await db.Teams.AnyAsync(t => t.Id == teamId && t.EditionId == editionId, cancellationToken)))
        {
            ModelState.AddModelError(string.Empty, l["Conflicts.Invalid", MaxOrganisationLength, MaxReasonLength]);
            await LoadAsync(cancellationToken);
            return Page();
        }

        db.DeclaredConflicts.Add(new DeclaredConflict
        {
            EditionId = editionId, JudgeUserId = UserId, TeamId = TeamId, Organisation = VietnameseText.Clean(Organisation),
            OrganisationKey = VietnameseText.Fold(Organisation), Reason = VietnameseText.Clean(Reason), DeclaredAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        audit.Record("conflict.declared", nameof(DeclaredConflict), UserId, after: new { TeamId, Organisation, Reason }, editionId: editionId);
        await audit.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = l["Conflicts.Saved"].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var editionId = await editions.CurrentIdAsync(cancellationToken);
        if (editionId is null)
        {
            return;
        }

        Teams = await db.Teams.AsNoTracking().Where(t => t.EditionId == editionId).OrderBy(t => t.Sequence).ToListAsync(cancellationToken);
        Mine = [.. (await finder.ForEditionAsync(editionId, cancellationToken)).Where(c => c.JudgeUserId == UserId)];
    }
}
