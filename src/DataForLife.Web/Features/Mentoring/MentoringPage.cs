using System.Security.Claims;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Mentoring;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Mentoring;

/// <summary>What the team's and the mentor's pages share: the log, and writing in it (a note, perhaps with a file).</summary>
[RequestSizeLimit(100 * 1024 * 1024)]
public abstract class MentoringPage(AppDbContext db, MentoringLog log, IStringLocalizer<SharedResource> l) : PageModel
{
    public MentoringTeam? Mentoring { get; protected set; }

    public IReadOnlyList<MentoringNote> Notes { get; private set; } = [];

    [BindProperty]
    public MentoringInput Input { get; set; } = new();

    protected string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    protected async Task LoadNotesAsync(CancellationToken cancellationToken) =>
        Notes = Mentoring is null ? [] : await log.ListAsync(Mentoring.Team.Id, cancellationToken);

    protected async Task<IActionResult> WriteAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var author = await db.Profiles.Where(p => p.UserId == UserId).Select(p => p.FullName).FirstOrDefaultAsync(cancellationToken)
            ?? Mentoring!.Mentor?.FullName ?? User.Identity?.Name ?? string.Empty;
        if (Mentoring!.Viewer == MentoringViewer.Mentor)
        {
            author = Mentoring.Mentor!.FullName;
        }

        await using var stream = file is { Length: > 0 } ? file.OpenReadStream() : null;
        var errors = await log.AddAsync(Mentoring, UserId, author, Input, file?.FileName, stream, cancellationToken);
        if (errors.Count > 0)
        {
            ModelState.AddErrors(errors, l);
            await LoadNotesAsync(cancellationToken);
            return Page();
        }

        TempData["Notice"] = l["Mentoring.Added"].Value;
        return RedirectToPage();
    }
}
