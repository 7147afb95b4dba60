using System.Security.Claims;
using DataForLife.Web.Domain.Catalogue;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Catalogue;

/// <summary>
/// One data set: its facts, its hosted files, and for a data set with kept labels, the team's predictions, their
/// scores and (when the edition allows, or for organisers) the leaderboard.
/// </summary>
[AllowAnonymous]
public sealed class DataSetPageModel(EditionStore editions, CatalogueQueries queries, DownloadAccess access, PredictionCommands predictions,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "edition")]
    public string? EditionId { get; set; }

    public Edition Edition { get; private set; } = null!;

    public DataSet DataSet { get; private set; } = null!;

    public IReadOnlyList<DataTopic> Topics { get; private set; } = [];

    public Team? Team { get; private set; }

    public IReadOnlyList<PredictionSubmission> Submissions { get; private set; } = [];

    public LeaderboardView? Leaderboard { get; private set; }

    /// <summary>Whether this reader may download the hosted files.</summary>
    public bool MayDownload { get; private set; }

    /// <summary>How many teams' dossiers name this data set.</summary>
    public int TeamsUsing { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPredictionsAsync(string slug, IFormFile? predictionsFile, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        if (!await LoadAsync(slug, cancellationToken) || !DataSet.AcceptsPredictions)
        {
            return NotFound();
        }

        var outcome = predictionsFile is null or { Length: 0 }
            ? PredictionOutcome.Refused(StatusCodes.Status400BadRequest, "Catalogue.Predictions.Missing")
            : predictionsFile.Length > PredictionFile.MaxBytes
                ? PredictionOutcome.Refused(StatusCodes.Status413PayloadTooLarge, "Catalogue.Predictions.TooLarge", PredictionFile.MaxBytes / 1024 / 1024)
                : await SubmitAsync(predictionsFile, cancellationToken);
        if (outcome.Submission is { } submission)
        {
            TempData["Notice"] = l["Catalogue.Predictions.Scored", CatalogueDisplay.Rate(submission.F1)].Value;
            return Redirect($"/data/{DataSet.Slug}{(EditionId is null ? string.Empty : "?edition=" + Uri.EscapeDataString(EditionId))}#scores");
        }

        ModelState.AddModelError("Predictions", l[outcome.Error!.MessageKey, outcome.Error.Arguments]);
        return Page();
    }

    private async Task<PredictionOutcome> SubmitAsync(IFormFile file, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenReadStream();
        return await predictions.SubmitAsync(DataSet, User.FindFirstValue(ClaimTypes.NameIdentifier)!, file.FileName, stream, cancellationToken);
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var id = EditionId ?? await editions.CurrentIdAsync(cancellationToken);
        if (id is null || await editions.FindAsync(id, cancellationToken) is not { } edition || await queries.FindAsync(id, slug, cancellationToken) is not { } dataSet)
        {
            return false;
        }

        (Edition, DataSet) = (edition, dataSet);
        Topics = await queries.TopicsAsync(id, cancellationToken);
        TeamsUsing = (await queries.UsageAsync(id, cancellationToken)).GetValueOrDefault(dataSet.Id);
        MayDownload = await access.AllowsAsync(User, id, dataSet.Audience, cancellationToken);
        if (!dataSet.AcceptsPredictions)
        {
            return true;
        }

        if (User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
        {
            Team = await queries.TeamOfAsync(userId, id, cancellationToken);
            Submissions = Team is null ? [] : await queries.SubmissionsAsync(dataSet.Id, Team.Id, cancellationToken);
        }

        Leaderboard = LeaderboardAccess.CanSee(edition, User) ? await queries.LeaderboardAsync(dataSet.Id, cancellationToken) : null;
        return true;
    }
}
