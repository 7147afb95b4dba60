using System.Security.Claims;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Submissions;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Submissions;

/// <summary>The team's dossier: write the four parts, attach media, accept the commitment, submit before the deadline.</summary>
public sealed class MyDossierModel(DossierAccess access, DossierCommands commands, DossierUploads uploads, DossierQueries queries,
    TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public DossierInput Input { get; set; } = new();

    public DossierContext? Context { get; private set; }

    public DossierVersion? Latest { get; private set; }

    public DossierVersion? Judged { get; private set; }

    public DossierVersion? Theirs { get; private set; }

    public IReadOnlyList<DossierFile> Files { get; private set; } = [];

    public IReadOnlyList<DossierVersion> History { get; private set; } = [];

    /// <summary>The edition's catalogue entries a team may say it uses.</summary>
    public IReadOnlyList<(string Slug, LocalizedText Name)> Catalogue { get; private set; } = [];

    public bool IsOpen { get; private set; }

    /// <summary>What the leader sent after the window closed: not saved, shown back so that it can be copied.</summary>
    public DossierInput? Unsaved { get; private set; }

    public string Declaration => commands.Declaration;

    /// <summary>The declaration the team gave with its latest submission: kept, not asked for again.</summary>
    public Commitment? GivenCommitment => History.FirstOrDefault(v => v.IsSubmission)?.Commitment;

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Page();
        }

        if (Latest is not null)
        {
            Input = FromVersion(Latest);
        }

        Input.BaseVersion = Context!.Dossier.LatestVersion;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        var outcome = await commands.SaveAsync(Context!, UserId, Input, HttpContext.ArrivedAtUtc(), HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown", cancellationToken);
        switch (outcome)
        {
            case SaveOutcome.Saved saved:
                TempData["Notice"] = saved.Version.IsSubmission
                    ? l["Dossier.SubmittedNotice", saved.Version.Number, saved.Version.Checksum].Value
                    : l["Dossier.SavedNotice", saved.Version.Number].Value;
                return RedirectToPage();
            case SaveOutcome.Invalid invalid:
                ModelState.AddErrors(invalid.Errors, l);
                break;
            case SaveOutcome.Conflict conflict:
                Theirs = conflict.Theirs;
                Input.BaseVersion = conflict.Theirs.Number;
                ModelState.AddModelError(string.Empty, l["Dossier.Conflict", conflict.Theirs.SavedByName, VietnamTime.Format(conflict.Theirs.SavedAtUtc)]);
                break;
            case SaveOutcome.Closed closed:
                ModelState.AddModelError(string.Empty, l[closed.Reason]);
                Unsaved = closed.Reason == "Dossier.Closed" ? Input : null;
                break;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRemoveFileAsync(Guid fileId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (await uploads.RemoveAsync(Context!, fileId, HttpContext.ArrivedAtUtc(), cancellationToken))
        {
            TempData["Notice"] = l["Dossier.FileRemoved"].Value;
        }
        else
        {
            TempData["Alert"] = l["Dossier.Closed"].Value;
        }

        return RedirectToPage();
    }

    public static DossierInput FromVersion(DossierVersion version) => new()
    {
        Why = version.Text.Why, How = version.Text.How, Highlights = version.Text.Highlights, Results = version.Text.Results,
        DataSets = version.Text.DataSets, Roles = version.Text.Roles, VideoUrl = version.Text.VideoUrl, BaseVersion = version.Number,
        UsedDataSets = [.. version.Text.CatalogueSlugList],
    };

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var teamId = await access.CurrentTeamIdAsync(UserId, cancellationToken);
        Context = teamId is null ? null : await access.ForMemberAsync(UserId, teamId.Value, cancellationToken);
        if (Context is null)
        {
            return false;
        }

        IsOpen = Context.IsOpenAt(clock.GetUtcNow().UtcDateTime);
        Latest = await queries.LatestAsync(Context.Dossier, cancellationToken);
        Judged = await queries.JudgedAsync(Context.Dossier, Context.DeadlineUtc, cancellationToken);
        Files = IsOpen ? await queries.ActiveFilesAsync(Context.Dossier, cancellationToken) : await queries.FilesAtAsync(Context.Dossier, Context.DeadlineUtc, cancellationToken);
        History = await queries.HistoryAsync(Context.Dossier, cancellationToken);
        Catalogue = await queries.CatalogueAsync(Context.Team.EditionId, cancellationToken);
        return true;
    }
}
