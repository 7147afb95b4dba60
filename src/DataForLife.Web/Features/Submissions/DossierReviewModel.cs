using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Submissions;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Submissions;

/// <summary>One team's dossier for the organisers and the council: printable, with the judged version and the extension form.</summary>
[OrganizerArea]
public sealed class DossierReviewModel(DossierAccess access, DossierQueries queries, DossierCommands commands, TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public DossierContext Context { get; private set; } = null!;

    public DossierVersion? Shown { get; private set; }

    public IReadOnlyList<DossierFile> Files { get; private set; } = [];

    [BindProperty]
    public DateTime? ExtendUntil { get; set; }

    [BindProperty]
    public string? ExtensionReason { get; set; }

    public async Task<IActionResult> OnGetAsync(int teamId, CancellationToken cancellationToken) =>
        await LoadAsync(teamId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostExtendAsync(int teamId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(teamId, cancellationToken))
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(ExtensionReason))
        {
            ModelState.AddModelError(nameof(ExtensionReason), l["Teams.OverrideReasonRequired"]);
            return Page();
        }

        // A date that could not be read, or is out of any contest's range, is refused: it must not quietly take the extension back.
        if (ModelState[nameof(ExtendUntil)]?.Errors.Count > 0 || ExtendUntil is { } typed && !VietnamTime.IsPlausible(typed))
        {
            ModelState.Remove(nameof(ExtendUntil));
            ModelState.AddModelError(nameof(ExtendUntil), l["Edition.DateOutOfRange"]);
            return Page();
        }

        var until = ExtendUntil is { } local ? VietnamTime.FromLocal(local).UtcDateTime : (DateTime?)null;
        switch (await commands.ExtendAsync(Context, until, ExtensionReason.Trim(), cancellationToken))
        {
            case ExtendOutcome.WouldMakeLate late:
                ModelState.AddModelError(nameof(ExtendUntil), l["Dossiers.ExtensionBeforeSaved", VietnamTime.Format(late.SubmittedAtUtc)]);
                return Page();
            case ExtendOutcome.Conflict:
                TempData["Alert"] = l["Dossiers.ExtensionConflict"].Value;
                return RedirectToPage(new { teamId });
        }

        TempData["Notice"] = l["Dossiers.ExtensionSaved"].Value;
        return RedirectToPage(new { teamId });
    }

    private async Task<bool> LoadAsync(int teamId, CancellationToken cancellationToken)
    {
        if (await access.ForOrganiserAsync(teamId, cancellationToken) is not { } context)
        {
            return false;
        }

        Context = context;
        var closed = clock.GetUtcNow().UtcDateTime >= context.DeadlineUtc;
        var moment = closed ? context.DeadlineUtc : DateTime.MaxValue;
        Shown = await queries.JudgedAsync(context.Dossier, moment, cancellationToken);
        Files = await queries.FilesAtAsync(context.Dossier, moment, cancellationToken);
        return true;
    }
}
