using System.ComponentModel.DataAnnotations;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Editions;

/// <summary>The organisers' list of editions: choose the current one, start the next by copying one.</summary>
[OrganizerArea]
public sealed class EditionListModel(EditionStore store, EditionCommands commands, IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<Edition> Editions { get; private set; } = [];

    public string? CurrentId { get; private set; }

    [BindProperty]
    public CopyInput Copy { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostMakeCurrentAsync(string id, CancellationToken cancellationToken)
    {
        if (!await commands.MakeCurrentAsync(id, cancellationToken))
        {
            return NotFound();
        }

        TempData["Notice"] = l["Editions.MadeCurrent", id].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCopyAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var change = await commands.CopyAsync(Copy.SourceId, Copy.NewId.Trim(), Copy.ShiftYears, cancellationToken);
            switch (change)
            {
                case EditionChange.Saved saved:
                    TempData["Notice"] = l["Editions.Copied", saved.Edition.Id].Value;
                    return Redirect($"/organizer/editions/{saved.Edition.Id}");
                case EditionChange.NotFound:
                    return NotFound();
                case EditionChange.Invalid invalid:
                    foreach (var error in invalid.Errors)
                    {
                        ModelState.AddModelError("Copy." + error.Field, l[error.MessageKey, error.Arguments]);
                    }

                    break;
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Editions = await store.ListAsync(cancellationToken);
        CurrentId = await store.CurrentIdAsync(cancellationToken);
    }

    public sealed class CopyInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Editions.CopyFrom")]
        public string SourceId { get; set; } = string.Empty;

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Editions.NewId")]
        public string NewId { get; set; } = string.Empty;

        [Range(0, 10, ErrorMessage = "Validation.Range")]
        [Display(Name = "Editions.ShiftYears")]
        public int ShiftYears { get; set; } = 1;
    }
}
