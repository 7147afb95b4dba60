using System.Globalization;
using System.Security.Claims;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Domain.Submissions;
using DataForLife.Web.Features.Submissions;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Judging;

/// <summary>The dossier beside the judge's score sheet. An entry not assigned to this judge, or conflicted, does not exist here.</summary>
[Authorize(Roles = Domain.Accounts.Roles.Judge)]
public sealed class ScoreSheetModel(AppDbContext db, JudgingContext context, JudgeAssignments assignments, ScoringCommands scoring,
    DossierAccess dossiers, DossierQueries queries, Final.HandInAccess handIns, Final.HandInCommands handInVersions, TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public JudgingRound Round { get; private set; } = null!;

    public DossierContext Team { get; private set; } = null!;

    public DossierVersion? Dossier { get; private set; }

    public IReadOnlyList<DossierFile> Files { get; private set; } = [];

    /// <summary>In the final the jury scores the hand-in made at the end of the 24 hours, not the September dossier.</summary>
    public Domain.Final.HandInVersion? HandIn { get; private set; }

    public IReadOnlyList<DossierFile> HandInFiles { get; private set; } = [];

    public ScoreSheet? Sheet { get; private set; }

    public bool IsOpen { get; private set; }

    [BindProperty]
    public Dictionary<string, string?> Scores { get; set; } = [];

    [BindProperty]
    public string? Notes { get; set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task<IActionResult> OnGetAsync(string round, int teamId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(round, teamId, cancellationToken))
        {
            return NotFound();
        }

        Scores = Sheet?.Scores.ToDictionary(p => p.Key, p => (string?)p.Value.ToString(CultureInfo.InvariantCulture)) ?? [];
        Notes = Sheet?.Notes;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string round, int teamId, bool submit, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(round, teamId, cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        var values = Scores.ToDictionary(p => p.Key, p => Parse(p.Value));
        var (outcome, errors) = await scoring.SaveAsync(Round, UserId, teamId, values, Notes, submit, cancellationToken);
        if (outcome == ScoringCommands.Outcome.NotFound)
        {
            return NotFound();
        }

        if (outcome == ScoringCommands.Outcome.Saved)
        {
            TempData["Notice"] = (submit ? l["Scoring.SubmittedNotice"] : l["Scoring.SavedNotice"]).Value;
            return RedirectToPage(new { round, teamId });
        }

        ModelState.AddErrors(errors, l, "Scores");
        return Page();
    }

    /// <summary>Scores are typed with a dot or a comma; anything else is not a number and is reported as out of scale.</summary>
    private static double? Parse(string? text) => string.IsNullOrWhiteSpace(text) ? null
        : double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : double.NaN;

    private async Task<bool> LoadAsync(string round, int teamId, CancellationToken cancellationToken)
    {
        if (await context.RoundAsync(null, round, cancellationToken) is not { } found
            || !await assignments.IsAssignedAsync(found, UserId, teamId, cancellationToken)
            || await dossiers.ForOrganiserAsync(teamId, cancellationToken) is not { } team)
        {
            return false;
        }

        Round = found;
        Team = team;
        IsOpen = found.IsOpenAt(clock.GetUtcNow());
        Dossier = await queries.JudgedAsync(team.Dossier, team.DeadlineUtc, cancellationToken);
        Files = await queries.FilesAtAsync(team.Dossier, team.DeadlineUtc, cancellationToken);
        if (found.IsFinal && await handIns.ForOrganiserAsync(teamId, cancellationToken) is { } final)
        {
            HandIn = await handInVersions.JudgedAsync(final, cancellationToken);
            HandInFiles = HandIn is null ? [] : await handInVersions.FilesOfAsync(HandIn, cancellationToken);
        }
        Sheet = await db.ScoreSheets.AsNoTracking().FirstOrDefaultAsync(s => s.EditionId == found.EditionId && s.RoundCode == round && s.TeamId == teamId && s.JudgeUserId == UserId, cancellationToken);
        return true;
    }
}
