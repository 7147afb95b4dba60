using DataForLife.Web.Data;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Roster;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Roster;

/// <summary>The organisers' roster of an edition: add by form, import a file with a preview, remove.</summary>
[OrganizerArea]
[RequestSizeLimit(RosterFile.MaxBytes + 64 * 1024)]
public sealed class RosterPageModel(AppDbContext db, EditionStore editions, RosterCommands roster, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public StaffInput Input { get; set; } = new();

    public Edition Edition { get; private set; } = null!;

    public IReadOnlyList<StaffMember> Staff { get; private set; } = [];

    /// <summary>Identity numbers in full for organisers only; the steering committee (observers) sees them masked.</summary>
    public string Document(string? number) => User.IsInRole(Domain.Accounts.Roles.Organizer) ? number ?? string.Empty : Domain.Registration.PersonalData.Mask(number);

    public RosterPreview? Preview { get; private set; }

    public Guid? PreviewKey { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        var errors = await roster.AddAsync(Edition, Input, cancellationToken);
        if (errors.Count > 0)
        {
            ModelState.AddErrors(errors, l);
            return Page();
        }

        TempData["Notice"] = l["Roster.Added", Input.FullName ?? string.Empty].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRemoveAsync(string id, int staffId, CancellationToken cancellationToken)
    {
        if (!await roster.RemoveAsync(id, staffId, cancellationToken))
        {
            return NotFound();
        }

        TempData["Notice"] = l["Roster.Removed"].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostPreviewAsync(string id, IFormFile? file, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("File", l["Roster.FileEmpty"]);
            return Page();
        }

        await using var stream = file.OpenReadStream();
        var (rows, error) = RosterFile.Read(stream);
        if (error is not null)
        {
            ModelState.AddModelError("File", l[error.MessageKey, error.Arguments]);
            return Page();
        }

        Preview = await roster.PreviewAsync(Edition, rows, cancellationToken);
        PreviewKey = await roster.KeepAsync(id, rows, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(string id, Guid key, bool onlyValid, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var rows = await roster.RecallAsync(id, key, cancellationToken);
        if (rows is null)
        {
            ModelState.AddModelError("File", l["Roster.PreviewExpired"]);
            return Page();
        }

        var preview = await roster.PreviewAsync(Edition, rows, cancellationToken);
        var added = await roster.ImportAsync(Edition, preview, onlyValid, cancellationToken);
        if (added is null)
        {
            Preview = preview;
            PreviewKey = key;
            ModelState.AddModelError("File", l["Roster.FixFirst", preview.Invalid]);
            return Page();
        }

        TempData["Notice"] = l["Roster.Imported", added.Value].Value;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var edition = await editions.FindAsync(id, cancellationToken);
        if (edition is null)
        {
            return false;
        }

        Edition = edition;
        Staff = await db.StaffMembers.AsNoTracking().Where(s => s.EditionId == id)
            .OrderBy(s => s.Body).ThenByDescending(s => s.Position).ThenBy(s => s.NameKey).ToListAsync(cancellationToken);
        return true;
    }
}
