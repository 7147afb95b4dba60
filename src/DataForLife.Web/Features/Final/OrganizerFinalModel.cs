using System.Security.Claims;
using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Final;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Final;

/// <summary>
/// The organisers' final: its settings (venue, check-in, what to bring, hours, pitch length), the tickets, the start
/// of the 24 hours, and each finalist's hand-in with the extensions given (each with its reason, in the audit log).
/// </summary>
[OrganizerArea]
public sealed class OrganizerFinalModel(AppDbContext db, EditionStore editions, EditionCommands commands, Finalists finalists, FinalClock clock,
    FinalTickets tickets, HandInAccess access, HandInCommands handIns, TimeProvider time, IStringLocalizer<SharedResource> l) : PageModel
{
    public sealed record Line(Team Team, HandIn? HandIn, HandInVersion? Latest);

    public Edition Edition { get; private set; } = null!;

    public FinalClockView Clock { get; private set; } = null!;

    public IReadOnlyList<Line>? Lines { get; private set; }

    public int TicketsIssued { get; private set; }

    public int CheckedIn { get; private set; }

    [BindProperty]
    public FinalSettingsInput Settings { get; set; } = new();

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Settings = FinalSettingsInput.From(Edition);
        return Page();
    }

    public async Task<IActionResult> OnPostSettingsAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Settings.CheckInAt is { } at && !VietnamTime.IsPlausible(at))
        {
            ModelState.AddModelError("Settings.CheckInAt", l["Edition.DateOutOfRange"]);
            return Page();
        }

        var change = await commands.UpdateAsync(id, Edition.Definition with { Final = Settings.ApplyTo(Edition.Definition.Final) }, Settings.Revision, cancellationToken);
        switch (change)
        {
            case EditionChange.Saved:
                TempData["Notice"] = l["FinalAdmin.SettingsSaved"].Value;
                return RedirectToPage(new { id });
            case EditionChange.Invalid invalid:
                foreach (var error in invalid.Errors)
                {
                    ModelState.AddModelError(string.Empty, l[error.MessageKey, error.Arguments]);
                }

                return Page();
            case EditionChange.Conflict:
                ModelState.AddModelError(string.Empty, l["Edition.Conflict"]);
                return Page();
            default:
                return NotFound();
        }
    }

    public async Task<IActionResult> OnPostStartAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var outcome = await clock.StartAsync(Edition, UserId, cancellationToken);
        return Outcome(id, outcome == FinalClock.StartOutcome.Started, "FinalAdmin.Start." + outcome);
    }

    public async Task<IActionResult> OnPostTicketsAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var issued = await tickets.IssueAsync(Edition, cancellationToken);
        return Outcome(id, issued is not null, issued is null ? "FinalAdmin.NoFinalists" : "FinalAdmin.TicketsIssued", issued ?? 0);
    }

    public async Task<IActionResult> OnPostExtendAsync(string id, int teamId, DateTime? until, string? reason, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || await access.ForOrganiserAsync(teamId, cancellationToken) is not { } context || context.Edition.Id != id)
        {
            return NotFound();
        }

        if (until is { } wall && !VietnamTime.IsPlausible(wall))
        {
            return Outcome(id, false, "Edition.DateOutOfRange");
        }

        var outcome = await handIns.ExtendAsync(context, until is { } local ? VietnamTime.FromLocal(local).UtcDateTime : null, reason, cancellationToken);
        return Outcome(id, outcome is ExtensionOutcome.Extended or ExtensionOutcome.Removed, "FinalAdmin.Extension." + outcome, context.Team.PublicCode);
    }

    private RedirectToPageResult Outcome(string id, bool done, string key, params object[] arguments)
    {
        TempData[done ? "Notice" : "Alert"] = l[key, arguments].Value;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        editions.Invalidate(id);
        if (await editions.FindAsync(id, cancellationToken) is not { } edition)
        {
            return false;
        }

        Edition = edition;
        Clock = FinalClockView.At(await clock.RunAsync(id, cancellationToken), time.GetUtcNow());
        if (await finalists.TeamIdsAsync(edition, cancellationToken) is { } teamIds)
        {
            var teams = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).OrderBy(t => t.PublicCode).ToListAsync(cancellationToken);
            var handInRows = await db.HandIns.AsNoTracking().Where(h => teamIds.Contains(h.TeamId)).ToDictionaryAsync(h => h.TeamId, cancellationToken);
            var handInIds = handInRows.Values.Select(h => h.Id).ToList();
            var latest = (await db.HandInVersions.AsNoTracking().Where(v => handInIds.Contains(v.HandInId)).ToListAsync(cancellationToken))
                .GroupBy(v => v.HandInId).ToDictionary(g => g.Key, g => g.MaxBy(v => v.Number)!);
            Lines = [.. teams.Select(t => handInRows.TryGetValue(t.Id, out var h) ? new Line(t, h, latest.GetValueOrDefault(h.Id)) : new Line(t, null, null))];
            TicketsIssued = await db.FinalTickets.CountAsync(t => t.EditionId == id, cancellationToken);
            CheckedIn = await db.FinalTickets.CountAsync(t => t.EditionId == id && t.CheckedInAtUtc != null, cancellationToken);
        }

        return true;
    }
}
