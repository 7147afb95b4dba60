using System.Security.Claims;
using DataForLife.Web.Domain.Final;
using DataForLife.Web.Domain.Submissions;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Final;

/// <summary>
/// A finalist's page for the 24-hour final: venue, check-in and what to bring, their own ticket, the clock, and the
/// team's hand-in (links, changelog, files), versioned, taken until the team's deadline.
/// </summary>
public sealed class TeamFinalModel(HandInAccess access, HandInCommands commands, FinalTickets tickets, TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public HandInContext? Final { get; private set; }

    public FinalTicket? Ticket { get; private set; }

    public HandInVersion? Latest { get; private set; }

    public IReadOnlyList<DossierFile> Files { get; private set; } = [];

    public HandInVersion? Theirs { get; private set; }

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    [BindProperty]
    public HandInInput Input { get; set; } = new();

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Latest is { } latest)
        {
            Input = new HandInInput { BaseVersion = latest.Number, RepositoryUrl = latest.RepositoryUrl, VideoUrl = latest.VideoUrl, Changelog = latest.Changelog };
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Final is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        switch (await commands.SaveAsync(Final, UserId, Input, HttpContext.ArrivedAtUtc(), cancellationToken))
        {
            case HandInOutcome.Saved saved:
                TempData["Notice"] = l["HandIn.Saved", saved.Version.Number].Value;
                return RedirectToPage();
            case HandInOutcome.Invalid invalid:
                ModelState.AddErrors(invalid.Errors, l);
                break;
            case HandInOutcome.Conflict conflict:
                Theirs = conflict.Theirs;
                ModelState.AddModelError(string.Empty, l["Dossier.Conflict", conflict.Theirs.SavedByName, Domain.VietnamTime.Format(conflict.Theirs.SavedAtUtc)]);
                Input.BaseVersion = conflict.Theirs.Number;
                break;
            case HandInOutcome.Closed closed:
                ModelState.AddModelError(string.Empty, l[closed.Reason]);
                break;
        }

        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Final = await access.CurrentOfMemberAsync(UserId, cancellationToken);
        if (Final is null)
        {
            return;
        }

        Ticket = await tickets.TicketOfAsync(Final.Edition.Id, UserId, cancellationToken);
        Latest = await commands.LatestAsync(Final.HandIn, cancellationToken);
        Files = await commands.ActiveFilesAsync(Final.Dossier, cancellationToken);
    }
}
