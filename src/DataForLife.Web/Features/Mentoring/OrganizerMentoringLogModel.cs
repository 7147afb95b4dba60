using DataForLife.Web.Domain.Mentoring;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DataForLife.Web.Features.Mentoring;

/// <summary>The organisers read a finalist team's mentoring log (they do not write in it).</summary>
[OrganizerArea]
public sealed class OrganizerMentoringLogModel(MentoringAccess access, MentoringLog log) : PageModel
{
    public MentoringTeam Mentoring { get; private set; } = null!;

    public IReadOnlyList<MentoringNote> Notes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, int teamId, CancellationToken cancellationToken)
    {
        if (await access.ForOrganiserAsync(id, teamId, cancellationToken) is not { } mentoring)
        {
            return NotFound();
        }

        Mentoring = mentoring;
        Notes = await log.ListAsync(teamId, cancellationToken);
        return Page();
    }
}
