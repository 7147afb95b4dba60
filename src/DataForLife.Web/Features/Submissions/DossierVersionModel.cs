using System.Security.Claims;
using DataForLife.Web.Domain.Submissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DataForLife.Web.Features.Submissions;

/// <summary>One saved version of the team's own dossier, as it was.</summary>
public sealed class DossierVersionModel(DossierAccess access, DossierQueries queries) : PageModel
{
    public DossierVersion Version { get; private set; } = null!;

    public IReadOnlyList<DossierFile> Files { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int number, CancellationToken cancellationToken)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var teamId = await access.CurrentTeamIdAsync(userId, cancellationToken);
        var context = teamId is null ? null : await access.ForMemberAsync(userId, teamId.Value, cancellationToken);
        var version = context is null ? null : await queries.VersionAsync(context.Dossier, number, cancellationToken);
        if (version is null)
        {
            return NotFound();
        }

        Version = version;
        var ids = version.FileIdList;
        Files = [.. (await queries.AllFilesAsync(context!.Dossier, cancellationToken)).Where(f => ids.Contains(f.Id))];
        return Page();
    }
}
