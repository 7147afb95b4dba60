using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Editions;

/// <summary>Organisers edit an edition's names, dates, quotas, prizes and settings; every change is validated and audited.</summary>
[OrganizerArea]
public sealed class EditionEditModel(EditionStore store, EditionCommands commands, Data.AppDbContext db, Judging.PublicationChecklist checklist,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public EditionForm Form { get; set; } = new();

    public Edition Edition { get; private set; } = null!;

    /// <summary>The round's name typed, by round code, to confirm closing it early with sheets missing.</summary>
    [BindProperty]
    public Dictionary<string, string> ConfirmClose { get; set; } = [];

    /// <summary>The rounds this change would close now with sheets still missing (shown with the form when it comes back).</summary>
    public IReadOnlyList<Judging.PublicationChecklist.ClosingRound> ClosingRounds { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        store.Invalidate(id);
        var edition = await store.FindAsync(id, cancellationToken);
        if (edition is null)
        {
            return NotFound();
        }

        Edition = edition;
        var groups = await db.StaffMembers.Where(s => s.EditionId == id && s.Body == Domain.Roster.StaffBody.Jury && s.Group != "")
            .Select(s => s.Group).Distinct().ToListAsync(cancellationToken);
        Form = EditionForm.From(edition, groups);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        store.Invalidate(id);
        var edition = await store.FindAsync(id, cancellationToken);
        if (edition is null)
        {
            return NotFound();
        }

        Edition = edition;
        for (var i = 0; i < Form.Timeline.Count; i++)
        {
            if (!VietnamTime.IsPlausible(Form.Timeline[i].StartsAt) || !VietnamTime.IsPlausible(Form.Timeline[i].EndsAt))
            {
                ModelState.AddModelError($"Form.Timeline[{i}].EndsAt", l["Edition.DateOutOfRange"]);
            }
        }

        if (Form.Ceremony?.ResultsAt is { } resultsAt && !VietnamTime.IsPlausible(resultsAt))
        {
            ModelState.AddModelError("Form.Ceremony.ResultsAt", l["Edition.DateOutOfRange"]);
        }

        for (var i = 0; i < Form.Rounds.Count; i++)
        {
            // The page shows each group once; a form that names one twice is refused rather than keeping either value.
            var named = Form.Rounds[i].GroupWeights?.Where(g => g.Weight is not null && !string.IsNullOrWhiteSpace(g.Group)).Select(g => g.Group.Trim()).ToList() ?? [];
            if (named.Distinct(StringComparer.Ordinal).Count() != named.Count)
            {
                ModelState.AddModelError($"Form.Rounds[{i}].GroupWeights", l["Edition.GroupWeightTwice"]);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Moving a round's end into the past closes its scoring: with sheets missing, the organiser types its name first.
        var next = Form.ApplyTo(edition.Definition);
        ClosingRounds = await checklist.ClosedEarlyAsync(edition, next, cancellationToken);
        var unconfirmed = ClosingRounds.Where(c => !Domain.Judging.PublicationConfirmation.NameMatches(c.Round.Round.Name, ConfirmClose.GetValueOrDefault(c.Round.Code))).ToList();
        if (unconfirmed.Count > 0)
        {
            ModelState.AddModelError(string.Empty, l["Edition.CloseEarlyRefused", string.Join(", ", unconfirmed.Select(c => c.Round.Round.Name.Current))]);
            return Page();
        }

        var change = await commands.UpdateAsync(id, next, Form.Revision, cancellationToken);
        switch (change)
        {
            case EditionChange.Saved:
                TempData["Notice"] = l["Edition.Saved"].Value;
                return RedirectToPage(new { id });
            case EditionChange.Invalid invalid:
                foreach (var error in invalid.Errors)
                {
                    ModelState.AddModelError("Form." + error.Field, l[error.MessageKey, error.Arguments]);
                }

                return Page();
            case EditionChange.Conflict:
                ModelState.AddModelError(string.Empty, l["Edition.Conflict"]);
                return Page();
            default:
                return NotFound();
        }
    }
}
