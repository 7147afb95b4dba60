using DataForLife.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Mentoring;

/// <summary>A finalist team's mentor and their shared log, for the team's members.</summary>
public sealed class TeamMentoringModel(AppDbContext db, MentoringAccess access, MentoringLog log, IStringLocalizer<SharedResource> l) : MentoringPage(db, log, l)
{
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Mentoring = await access.ForMemberAsync(UserId, cancellationToken);
        await LoadNotesAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostNoteAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        Mentoring = await access.ForMemberAsync(UserId, cancellationToken);
        return Mentoring?.Mentor is null ? NotFound() : await WriteAsync(file, cancellationToken);
    }
}
