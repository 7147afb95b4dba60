using System.Security.Claims;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Mentoring;

/// <summary>
/// The organisers' mentors: each mentor's expertise and capacity, and, once the TOP 10 are published, the platform's
/// proposal of one mentor per team, which organisers adjust and confirm (team and mentor are told by e-mail).
/// </summary>
[OrganizerArea]
public sealed class OrganizerMentorsModel(AppDbContext db, EditionStore editions, MentorProposals proposals, MentorCommands commands, MentorDirectory directory,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public Edition Edition { get; private set; } = null!;

    public MentorProposals.Situation? Situation { get; private set; }

    public IReadOnlyDictionary<string, LocalizedText> TagNames { get; private set; } = new Dictionary<string, LocalizedText>();

    public IReadOnlyDictionary<int, Team> Teams { get; private set; } = new Dictionary<int, Team>();

    /// <summary>Team id to the mentor chosen on the form (after a refusal, what the organiser had chosen).</summary>
    [BindProperty]
    public Dictionary<int, int?> Choice { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Choice = Situation?.Proposals.ToDictionary(p => p.TeamId, p => p.StaffId) ?? [];
        return Page();
    }

    public async Task<IActionResult> OnPostExpertiseAsync(string id, int staffId, string[]? tags, int capacity, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var errors = await commands.SaveExpertiseAsync(Edition, staffId, tags ?? [], capacity, cancellationToken);
        if (errors.Count > 0)
        {
            ModelState.AddErrors(errors, l, $"Mentor{staffId}");
            Choice = Situation?.Proposals.ToDictionary(p => p.TeamId, p => p.StaffId) ?? [];
            return Page();
        }

        TempData["Notice"] = l["Mentors.ExpertiseSaved"].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostConfirmAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var choices = Choice.Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value!.Value);
        var outcome = await commands.ConfirmAsync(Edition, choices, User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken);
        switch (outcome)
        {
            case MentorChoice.Confirmed confirmed:
                TempData["Notice"] = l["Mentors.Confirmed", confirmed.Changed].Value;
                return RedirectToPage(new { id });
            case MentorChoice.Refused refused:
                foreach (var error in refused.Errors)
                {
                    var team = int.TryParse(error.Field.Replace("Team[", string.Empty, StringComparison.Ordinal).TrimEnd(']'), out var teamId) && Teams.TryGetValue(teamId, out var t) ? t.PublicCode + ": " : string.Empty;
                    ModelState.AddModelError(string.Empty, team + l[error.MessageKey, error.Arguments]);
                }

                await LoadAsync(id, cancellationToken);
                return Page();
            default:
                ModelState.AddModelError(string.Empty, l["Mentors.NoFinalists"]);
                return Page();
        }
    }

    public string TagName(string tag) => TagNames.TryGetValue(tag, out var name) ? name.Current : tag;

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        editions.Invalidate(id);
        if (await editions.FindAsync(id, cancellationToken) is not { } edition)
        {
            return false;
        }

        Edition = edition;
        Situation = await proposals.ForAsync(edition, cancellationToken);
        TagNames = await directory.TagNamesAsync(edition, cancellationToken);
        var teamIds = Situation?.Teams.Select(t => t.TeamId).ToList() ?? [];
        Teams = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        return true;
    }
}
